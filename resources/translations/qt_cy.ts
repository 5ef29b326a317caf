<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en">
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Alias</source>
            <translation>Arallenw</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Gyriant</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Ffeil</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>Ffolder Ffeiliau</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Ffolder</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Llwybr Byr</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Anhysbys</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>&amp;Dewis y Cyfan</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>Cam i &amp;fyny</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>Cam i &amp;lawr</translation>
        </message>
    </context>
    <context>
        <name>QCupsJobWidget</name>
        <message>
            <source>&amp;Billing information:</source>
            <translation>&amp;Gwybodaeth bilio:</translation>
        </message>
        <message>
            <source>&amp;End:</source>
            <translation>&amp;Diwedd:</translation>
        </message>
        <message>
            <source>&amp;Start:</source>
            <translation>&amp;Cychwyn:</translation>
        </message>
        <message>
            <source>Banner Pages</source>
            <translation>Tudalennau Baner</translation>
        </message>
        <message>
            <source>Classified</source>
            <translation>Dosbarthedig</translation>
        </message>
        <message>
            <source>Confidential</source>
            <translation>Cyfrinachol</translation>
        </message>
        <message>
            <source>Day (06:00 to 17:59)</source>
            <translation>Dydd (06:00 i 17:59)</translation>
        </message>
        <message>
            <source>Hold Indefinitely</source>
            <translation>Dal am Gyfnod Amhenodol</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Tasg</translation>
        </message>
        <message>
            <source>Job &amp;priority:</source>
            <translation>&amp;Blaenoriaeth y dasg:</translation>
        </message>
        <message>
            <source>Job Control</source>
            <translation>Rheoli Tasgau</translation>
        </message>
        <message>
            <source>Night (18:00 to 05:59)</source>
            <translation>Nos (18:00 i 05:59)</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Dim</translation>
        </message>
        <message>
            <source>Print Immediately</source>
            <translation>Argraffu ar Unwaith</translation>
        </message>
        <message>
            <source>Scheduled &amp;printing:</source>
            <translation>&amp;Argraffu wedi'i amserlennu:</translation>
        </message>
        <message>
            <source>Second Shift (16:00 to 23:59)</source>
            <translation>Ail Shifft (16:00 i 23:59)</translation>
        </message>
        <message>
            <source>Secret</source>
            <translation>Dirgel</translation>
        </message>
        <message>
            <source>Specific Time</source>
            <translation>Amser Penodol</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Safonol</translation>
        </message>
        <message>
            <source>Third Shift (00:00 to 07:59)</source>
            <translation>Trydedd Shifft (00:00 i 07:59)</translation>
        </message>
        <message>
            <source>Top Secret</source>
            <translation>Dirgel Iawn</translation>
        </message>
        <message>
            <source>Unclassified</source>
            <translation>Heb ei Ddosbarthu</translation>
        </message>
        <message>
            <source>Weekend (Saturday to Sunday)</source>
            <translation>Penwythnos (Dydd Sadwrn i Ddydd Sul)</translation>
        </message>
    </context>
    <context>
        <name>QDialogButtonBox</name>
        <message>
            <source>OK</source>
            <translation>Iawn</translation>
        </message>
    </context>
    <context>
        <name>QErrorMessage</name>
        <message>
            <source>&amp;OK</source>
            <translation>&amp;Iawn</translation>
        </message>
        <message>
            <source>&amp;Show this message again</source>
            <translation>&amp;Dangos y neges hon eto</translation>
        </message>
        <message>
            <source>An error occurred</source>
            <translation>Digwyddodd gwall</translation>
        </message>
        <message>
            <source>Critical Error:</source>
            <translation>Gwall Difrifol:</translation>
        </message>
        <message>
            <source>Debug Message:</source>
            <translation>Neges Dadfygio:</translation>
        </message>
        <message>
            <source>Fatal Error:</source>
            <translation>Gwall Angheuol:</translation>
        </message>
        <message>
            <source>Information:</source>
            <translation>Gwybodaeth:</translation>
        </message>
        <message>
            <source>Warning:</source>
            <translation>Rhybudd:</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Heb ddod o hyd i'r cyfeiriadur.
Gwiriwch fod enw cywir y cyfeiriadur wedi'i roi.</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Heb ddod o hyd i'r ffeil.
Gwiriwch fod enw cywir y ffeil wedi'i roi.</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>Mae %1 yn bodoli eisoes.
Ydych chi am ei disodli?</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Dewis</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>D&amp;ileu</translation>
        </message>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Edrych yn:</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>&amp;Ffolder Newydd</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Agor</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>Aile&amp;nwi</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Cadw</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>Mae '%1' wedi'i diogelu rhag ysgrifennu.
Ydych chi am ei dileu beth bynnag?</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Pob Ffeil (*)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Pob ffeil (*)</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Ydych chi'n siŵr eich bod am ddileu '%1'?</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Nôl</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Newid i'r modd gweld manylion</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Newid i'r modd gweld rhestr</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>Methu dileu'r cyfeiriadur.</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Creu Ffolder Newydd</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Creu Ffolder Newydd</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Dileu</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Golwg Manylion</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>Cyfeiriaduron</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Cyfeiriadur:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>Enw'r ffei&amp;l:</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Ffeiliau</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Ffeiliau o'r &amp;math:</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Canfod Cyfeiriadur</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Ymlaen</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Mynd nôl</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Mynd ymlaen</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Mynd i'r cyfeiriadur rhiant</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Golwg Rhestr</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>Rhestr o leoedd a nodau tudalen</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Ffolder Newydd</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Agor</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Cyfeiriadur Rhiant</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Lleoedd Diweddar</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Tynnu</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Cadw Fel</translation>
        </message>
        <message>
            <source>Show </source>
            <translation>Dangos </translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Dangos ffeiliau c&amp;udd</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Bar Ochr</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Computer</source>
            <translation>Cyfrifiadur</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Dyddiad Addasu</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Math</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Fy Nghyfrifiadur</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Maint</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Math</translation>
        </message>
    </context>
    <context>
        <name>QInputDialog</name>
        <message>
            <source>Enter a value:</source>
            <translation>Rhowch werth:</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copïo</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Gludo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ailwneud</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Dadwneud</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Torri</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Dileu</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Dewis y Cyfan</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Hide Details...</source>
            <translation>Cuddio Manylion...</translation>
        </message>
        <message>
            <source>Show Details...</source>
            <translation>Dangos Manylion...</translation>
        </message>
    </context>
    <context>
        <name>QPageSetupWidget</name>
        <message>
            <source>CC</source>
            <translation>CC</translation>
        </message>
        <message>
            <source>Cicero (CC)</source>
            <translation>Cicero (CC)</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Personol</translation>
        </message>
        <message>
            <source>DD</source>
            <translation>DD</translation>
        </message>
        <message>
            <source>Didot (DD)</source>
            <translation>Didot (DD)</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Ffurflen</translation>
        </message>
        <message>
            <source>Height:</source>
            <translation>Uchder:</translation>
        </message>
        <message>
            <source>Inches (in)</source>
            <translation>Modfeddi (in)</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Tirlun</translation>
        </message>
        <message>
            <source>Margins</source>
            <translation>Ymylon</translation>
        </message>
        <message>
            <source>Millimeters (mm)</source>
            <translation>Milimetrau (mm)</translation>
        </message>
        <message>
            <source>Orientation</source>
            <translation>Cyfeiriadedd</translation>
        </message>
        <message>
            <source>Page &amp;order:</source>
            <translation>&amp;Trefn y tudalennau:</translation>
        </message>
        <message>
            <source>Page Layout</source>
            <translation>Cynllun Tudalen</translation>
        </message>
        <message>
            <source>Page size:</source>
            <translation>Maint y dudalen:</translation>
        </message>
        <message>
            <source>Pages &amp;per sheet:</source>
            <translation>Tudalennau &amp;fesul dalen:</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papur</translation>
        </message>
        <message>
            <source>Paper source:</source>
            <translation>Ffynhonnell papur:</translation>
        </message>
        <message>
            <source>Pica (P̸)</source>
            <translation>Pica (P̸)</translation>
        </message>
        <message>
            <source>Points (pt)</source>
            <translation>Pwyntiau (pt)</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Portread</translation>
        </message>
        <message>
            <source>P̸</source>
            <translation>P̸</translation>
        </message>
        <message>
            <source>Reverse landscape</source>
            <translation>Tirlun o chwith</translation>
        </message>
        <message>
            <source>Reverse portrait</source>
            <translation>Portread o chwith</translation>
        </message>
        <message>
            <source>Width:</source>
            <translation>Lled:</translation>
        </message>
        <message>
            <source>bottom margin</source>
            <translation>ymyl isaf</translation>
        </message>
        <message>
            <source>in</source>
            <translation>in</translation>
        </message>
        <message>
            <source>left margin</source>
            <translation>ymyl chwith</translation>
        </message>
        <message>
            <source>mm</source>
            <translation>mm</translation>
        </message>
        <message>
            <source>pt</source>
            <translation>pt</translation>
        </message>
        <message>
            <source>right margin</source>
            <translation>ymyl dde</translation>
        </message>
        <message>
            <source>top margin</source>
            <translation>ymyl uchaf</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Na</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ie</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Terfynu</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Gosod</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cau</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Gwaredu</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Cymorth</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Anwybyddu</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Na i'r C&amp;yfan</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Iawn</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Agor</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Ailosod</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Adfer y Rhagosodiadau</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Ailgynnig</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Cadw</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Cadw'r Cyfan</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Ie i'r &amp;Cyfan</translation>
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <source>%1 already exists.
Do you want to overwrite it?</source>
            <translation>Mae %1 yn bodoli eisoes.
Ydych chi am ei throsysgrifo?</translation>
        </message>
        <message>
            <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
            <translation>Nid yw %1 yn dilyn y gystrawen gywir. Defnyddiwch ',' i wahanu ystodau a thudalennau, '-' i ddiffinio ystodau, a gwnewch yn siŵr nad yw'r ystodau'n gorgyffwrdd â'i gilydd.</translation>
        </message>
        <message>
            <source>%1 is a directory.
Please choose a different file name.</source>
            <translation>Mae %1 yn gyfeiriadur.
Dewiswch enw ffeil gwahanol.</translation>
        </message>
        <message>
            <source>&amp;Options &lt;&lt;</source>
            <translation>&amp;Dewisiadau &lt;&lt;</translation>
        </message>
        <message>
            <source>&amp;Options &gt;&gt;</source>
            <translation>&amp;Dewisiadau &gt;&gt;</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation>&amp;Argraffu</translation>
        </message>
        <message>
            <source>1 (1x1)</source>
            <translation>1 (1x1)</translation>
        </message>
        <message>
            <source>16 (4x4)</source>
            <translation>16 (4x4)</translation>
        </message>
        <message>
            <source>2 (2x1)</source>
            <translation>2 (2x1)</translation>
        </message>
        <message>
            <source>4 (2x2)</source>
            <translation>4 (2x2)</translation>
        </message>
        <message>
            <source>6 (2x3)</source>
            <translation>6 (2x3)</translation>
        </message>
        <message>
            <source>9 (3x3)</source>
            <translation>9 (3x3)</translation>
        </message>
        <message>
            <source>All Pages</source>
            <translation>Pob Tudalen</translation>
        </message>
        <message>
            <source>Bottom to Top, Left to Right</source>
            <translation>Gwaelod i'r Brig, Chwith i'r Dde</translation>
        </message>
        <message>
            <source>Bottom to Top, Right to Left</source>
            <translation>Gwaelod i'r Brig, De i'r Chwith</translation>
        </message>
        <message>
            <source>Duplex Settings Conflicts</source>
            <translation>Gwrthdaro yn y Gosodiadau Deublyg</translation>
        </message>
        <message>
            <source>Even Pages</source>
            <translation>Tudalennau Eilrif</translation>
        </message>
        <message>
            <source>File %1 is not writable.
Please choose a different file name.</source>
            <translation>Does dim modd ysgrifennu i'r ffeil %1.
Dewiswch enw ffeil gwahanol.</translation>
        </message>
        <message>
            <source>Invalid Pages Definition</source>
            <translation>Diffiniad Tudalennau Annilys</translation>
        </message>
        <message>
            <source>Left to Right, Bottom to Top</source>
            <translation>Chwith i'r Dde, Gwaelod i'r Brig</translation>
        </message>
        <message>
            <source>Left to Right, Top to Bottom</source>
            <translation>Chwith i'r Dde, Brig i'r Gwaelod</translation>
        </message>
        <message>
            <source>Local file</source>
            <translation>Ffeil leol</translation>
        </message>
        <message>
            <source>Odd Pages</source>
            <translation>Tudalennau Odrif</translation>
        </message>
        <message>
            <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
            <translation>Does dim modd defnyddio'r dewisiadau 'Tudalennau fesul Dalen' a 'Set Tudalennau' gyda'i gilydd.
Diffoddwch un o'r dewisiadau hynny.</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Argraffu</translation>
        </message>
        <message>
            <source>Print To File ...</source>
            <translation>Argraffu i Ffeil ...</translation>
        </message>
        <message>
            <source>Print to File (PDF)</source>
            <translation>Argraffu i Ffeil (PDF)</translation>
        </message>
        <message>
            <source>Right to Left, Bottom to Top</source>
            <translation>De i'r Chwith, Gwaelod i'r Brig</translation>
        </message>
        <message>
            <source>Right to Left, Top to Bottom</source>
            <translation>De i'r Chwith, Brig i'r Gwaelod</translation>
        </message>
        <message>
            <source>The 'From' value cannot be greater than the 'To' value.</source>
            <translation>Does dim modd i'r gwerth 'O' fod yn fwy na'r gwerth 'I'.</translation>
        </message>
        <message>
            <source>There are conflicts in duplex settings. Do you want to fix them?</source>
            <translation>Mae gwrthdaro yn y gosodiadau deublyg. Ydych chi am eu cywiro?</translation>
        </message>
        <message>
            <source>Top to Bottom, Left to Right</source>
            <translation>Brig i'r Gwaelod, Chwith i'r Dde</translation>
        </message>
        <message>
            <source>Top to Bottom, Right to Left</source>
            <translation>Brig i'r Gwaelod, De i'r Chwith</translation>
        </message>
        <message>
            <source>Write PDF file</source>
            <translation>Ysgrifennu ffeil PDF</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesDialog</name>
        <message>
            <source>Advanced Option Conflicts</source>
            <translation>Gwrthdaro yn y Dewisiadau Uwch</translation>
        </message>
        <message>
            <source>Job Options</source>
            <translation>Dewisiadau Tasg</translation>
        </message>
        <message>
            <source>Page Setup Conflicts</source>
            <translation>Gwrthdaro yn y Gosodiad Tudalen</translation>
        </message>
        <message>
            <source>Printer Properties</source>
            <translation>Priodweddau'r Argraffydd</translation>
        </message>
        <message>
            <source>There are conflicts in page setup options. Do you want to fix them?</source>
            <translation>Mae gwrthdaro yn y dewisiadau gosod tudalen. Ydych chi am eu cywiro?</translation>
        </message>
        <message>
            <source>There are conflicts in some advanced options. Do you want to fix them?</source>
            <translation>Mae gwrthdaro yn rhai o'r dewisiadau uwch. Ydych chi am eu cywiro?</translation>
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <source>Collate</source>
            <translation>Coladu</translation>
        </message>
        <message>
            <source>Color</source>
            <translation>Lliw</translation>
        </message>
        <message>
            <source>Color Mode</source>
            <translation>Modd Lliw</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Copïau</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>Copïau:</translation>
        </message>
        <message>
            <source>Current Page</source>
            <translation>Tudalen Gyfredol</translation>
        </message>
        <message>
            <source>Double Sided Printing</source>
            <translation>Argraffu Dwy Ochr</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Ffurflen</translation>
        </message>
        <message>
            <source>Grayscale</source>
            <translation>Graddlwyd</translation>
        </message>
        <message>
            <source>Long side binding</source>
            <translation>Rhwymo ar yr ochr hir</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Diffodd</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Dewisiadau</translation>
        </message>
        <message>
            <source>Output Settings</source>
            <translation>Gosodiadau Allbwn</translation>
        </message>
        <message>
            <source>Page &amp;Set:</source>
            <translation>&amp;Set Tudalennau:</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Tudalennau</translation>
        </message>
        <message>
            <source>Pages from</source>
            <translation>Tudalennau o</translation>
        </message>
        <message>
            <source>Print all</source>
            <translation>Argraffu'r cyfan</translation>
        </message>
        <message>
            <source>Print range</source>
            <translation>Ystod argraffu</translation>
        </message>
        <message>
            <source>Reverse</source>
            <translation>Gwrthdroi</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Dewisiad</translation>
        </message>
        <message>
            <source>Short side binding</source>
            <translation>Rhwymo ar yr ochr fer</translation>
        </message>
        <message>
            <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
            <translation>Nodwch dudalennau neu ystodau wedi'u gwahanu gan atalnodau. Caiff ystodau eu nodi gan ddau rif wedi'u gwahanu gan gysylltnod. E.e.: mae 3,5-7,9 yn argraffu tudalennau 3, 5, 6, 7 a 9.</translation>
        </message>
        <message>
            <source>to</source>
            <translation>i</translation>
        </message>
    </context>
    <context>
        <name>QPrintWidget</name>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Enw:</translation>
        </message>
        <message>
            <source>...</source>
            <translation>...</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Ffurflen</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>Lleoliad:</translation>
        </message>
        <message>
            <source>Output &amp;file:</source>
            <translation>&amp;Ffeil allbwn:</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>&amp;Priodweddau</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Rhagolwg</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Argraffydd</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Math:</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
    </context>
    <context>
        <name>QScrollBar</name>
        <message>
            <source>Bottom</source>
            <translation>Gwaelod</translation>
        </message>
        <message>
            <source>Left edge</source>
            <translation>Ymyl chwith</translation>
        </message>
        <message>
            <source>Page down</source>
            <translation>Tudalen i lawr</translation>
        </message>
        <message>
            <source>Page left</source>
            <translation>Tudalen i'r chwith</translation>
        </message>
        <message>
            <source>Page right</source>
            <translation>Tudalen i'r dde</translation>
        </message>
        <message>
            <source>Page up</source>
            <translation>Tudalen i fyny</translation>
        </message>
        <message>
            <source>Right edge</source>
            <translation>Ymyl dde</translation>
        </message>
        <message>
            <source>Scroll down</source>
            <translation>Sgrolio i lawr</translation>
        </message>
        <message>
            <source>Scroll here</source>
            <translation>Sgrolio yma</translation>
        </message>
        <message>
            <source>Scroll left</source>
            <translation>Sgrolio i'r chwith</translation>
        </message>
        <message>
            <source>Scroll right</source>
            <translation>Sgrolio i'r dde</translation>
        </message>
        <message>
            <source>Scroll up</source>
            <translation>Sgrolio i fyny</translation>
        </message>
        <message>
            <source>Top</source>
            <translation>Brig</translation>
        </message>
    </context>
    <context>
        <name>QUnicodeControlCharacterMenu</name>
        <message>
            <source>FSI First strong isolate</source>
            <translation>FSI Ynysu cryf cyntaf</translation>
        </message>
        <message>
            <source>Insert Unicode control character</source>
            <translation>Mewnosod nod rheoli Unicode</translation>
        </message>
        <message>
            <source>LRE Start of left-to-right embedding</source>
            <translation>LRE Dechrau mewnosod chwith-i-dde</translation>
        </message>
        <message>
            <source>LRI Left-to-right isolate</source>
            <translation>LRI Ynysu chwith-i-dde</translation>
        </message>
        <message>
            <source>LRM Left-to-right mark</source>
            <translation>LRM Nod chwith-i-dde</translation>
        </message>
        <message>
            <source>LRO Start of left-to-right override</source>
            <translation>LRO Dechrau gwrthwneud chwith-i-dde</translation>
        </message>
        <message>
            <source>PDF Pop directional formatting</source>
            <translation>PDF Diweddu fformatio cyfeiriadol</translation>
        </message>
        <message>
            <source>PDI Pop directional isolate</source>
            <translation>PDI Diweddu ynysu cyfeiriadol</translation>
        </message>
        <message>
            <source>RLE Start of right-to-left embedding</source>
            <translation>RLE Dechrau mewnosod de-i-chwith</translation>
        </message>
        <message>
            <source>RLI Right-to-left isolate</source>
            <translation>RLI Ynysu de-i-chwith</translation>
        </message>
        <message>
            <source>RLM Right-to-left mark</source>
            <translation>RLM Nod de-i-chwith</translation>
        </message>
        <message>
            <source>RLO Start of right-to-left override</source>
            <translation>RLO Dechrau gwrthwneud de-i-chwith</translation>
        </message>
        <message>
            <source>ZWJ Zero width joiner</source>
            <translation>ZWJ Uniwr lled sero</translation>
        </message>
        <message>
            <source>ZWNJ Zero width non-joiner</source>
            <translation>ZWNJ Datuniwr lled sero</translation>
        </message>
        <message>
            <source>ZWSP Zero width space</source>
            <translation>ZWSP Bwlch lled sero</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copïo</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Gludo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ailwneud</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Dadwneud</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Copïo &amp;Lleoliad y Ddolen</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Torri</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Dileu</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Dewis y Cyfan</translation>
        </message>
    </context>
</TS>
