<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name></name>
    <message>
        <source>{app}: qualify your organisation onto a public-sector framework, see which lots you can bid for, and track every deadline. With no command, the window opens.</source>
        <translation>{app}: sicrhau bod eich sefydliad yn gymwys ar gyfer fframwaith sector cyhoeddus, gweld pa lotiau y gallwch wneud cais amdanynt, a chadw golwg ar bob terfyn amser. Heb orchymyn, bydd y ffenestr yn agor.</translation>
    </message>
    <message>
        <source>database file or postgresql+psycopg:// URL to use instead of the default (also FRAMEWORK_READY_DATABASE)</source>
        <translation>ffeil cronfa ddata neu URL postgresql+psycopg:// i&apos;w defnyddio yn lle&apos;r un ddiofyn (hefyd FRAMEWORK_READY_DATABASE)</translation>
    </message>
    <message>
        <source>open the main window off screen, load everything, and exit</source>
        <translation>agor y brif ffenestr oddi ar y sgrin, llwytho popeth, a chau</translation>
    </message>
    <message>
        <source>list the framework&apos;s lots</source>
        <translation>rhestru lotiau&apos;r fframwaith</translation>
    </message>
    <message>
        <source>category or group code, e.g. ACC or PW</source>
        <translation>cod categori neu grŵp, e.e. ACC neu PW</translation>
    </message>
    <message>
        <source>region code, e.g. D for Wales</source>
        <translation>cod rhanbarth, e.e. D ar gyfer Cymru</translation>
    </message>
    <message>
        <source>PCC area, e.g. dyfed-powys</source>
        <translation>ardal Comisiynydd Heddlu a Throseddu (PCC), e.e. dyfed-powys</translation>
    </message>
    <message>
        <source>cohort code, e.g. WOM or YA</source>
        <translation>cod carfan, e.e. WOM neu YA</translation>
    </message>
    <message>
        <source>words to look for in lot titles</source>
        <translation>geiriau i chwilio amdanynt yn nheitlau&apos;r lotiau</translation>
    </message>
    <message>
        <source>create the sample charity to explore the app</source>
        <translation>creu&apos;r elusen enghreifftiol er mwyn archwilio&apos;r ap</translation>
    </message>
    <message>
        <source>Someone else changed the same information at the same moment, so nothing was saved. Run the command again.</source>
        <translation>Newidiodd rhywun arall yr un wybodaeth ar yr un pryd, felly ni chadwyd dim. Rhedwch y gorchymyn eto.</translation>
    </message>
    <message>
        <source>The shared database at {where} could not be used ({reason}). Nothing was changed. Check that this computer can reach the server, then try again.</source>
        <translation>Nid oedd modd defnyddio&apos;r gronfa ddata a rennir yn {where} ({reason}). Ni newidiwyd dim. Gwiriwch fod y cyfrifiadur hwn yn gallu cyrraedd y gweinydd, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Framework Ready hit a problem it did not expect ({kind}); what you asked may not have finished. Your saved work is safe. The details are in the log: {log}</source>
        <translation>Daeth Framework Ready ar draws problem nad oedd yn ei disgwyl ({kind}); efallai na orffennodd yr hyn a ofynnoch. Mae&apos;ch gwaith a gadwyd yn ddiogel. Mae&apos;r manylion yn y log: {log}</translation>
    </message>
    <message>
        <source>Could not open the database: {problem}</source>
        <translation>Nid oedd modd agor y gronfa ddata: {problem}</translation>
    </message>
    <message>
        <source>To put back the newest sound backup: framework-ready restore --newest</source>
        <translation>I adfer y copi wrth gefn diweddaraf sydd heb ei ddifrodi: framework-ready restore --newest</translation>
    </message>
    <message>
        <source>list the frameworks, their regime and dates</source>
        <translation>rhestru&apos;r fframweithiau, eu cyfundrefn a&apos;u dyddiadau</translation>
    </message>
    <message>
        <source>the framework to work on, by code (see &quot;framework-ready frameworks&quot;); default: the one the window works on (the first you follow, unless you chose another)</source>
        <translation>y fframwaith i weithio arno, yn ôl ei god (gweler &quot;framework-ready frameworks&quot;); yn ddiofyn: yr un y mae&apos;r ffenestr yn gweithio arno (y cyntaf rydych chi&apos;n ei ddilyn, oni bai eich bod wedi dewis un arall)</translation>
    </message>
    <message>
        <source>(&quot;all&quot;: every framework&apos;s opportunities and tasks)</source>
        <translation>(&quot;all&quot;: cyfleoedd a thasgau pob fframwaith)</translation>
    </message>
    <message>
        <source>No framework information has been loaded yet.</source>
        <translation>Nid oes gwybodaeth am y fframwaith wedi&apos;i llwytho eto.</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Cyfundrefn</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Gweithdrefn</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Yn agor</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Yn cau</translation>
    </message>
    <message>
        <source>Deadline date</source>
        <translation>Dyddiad terfyn</translation>
    </message>
    <message>
        <source>Reopens</source>
        <translation>Yn ailagor</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Yn dod i ben</translation>
    </message>
    <message>
        <source>▶ the framework the pages work on; • one you follow</source>
        <translation>▶ y fframwaith y mae&apos;r tudalennau&apos;n gweithio arno; • un rydych chi&apos;n ei ddilyn</translation>
    </message>
    <message>
        <source>{count} lots</source>
        <translation>{count} lot</translation>
    </message>
    <message>
        <source>The database at {where} belongs to {name}.</source>
        <translation>Mae&apos;r gronfa ddata yn {where} yn perthyn i {name}.</translation>
    </message>
    <message>
        <source>back up the database now (keeps the last --keep)</source>
        <translation>gwneud copi wrth gefn o&apos;r gronfa ddata nawr (yn cadw&apos;r nifer diweddaraf a nodir gan --keep)</translation>
    </message>
    <message>
        <source>how many backups to keep</source>
        <translation>faint o gopïau wrth gefn i&apos;w cadw</translation>
    </message>
    <message>
        <source>list backups, or put one back (the current file is kept aside)</source>
        <translation>rhestru&apos;r copïau wrth gefn, neu adfer un (caiff y ffeil bresennol ei chadw o&apos;r neilltu)</translation>
    </message>
    <message>
        <source>the backup file to restore; without it, the list</source>
        <translation>y ffeil wrth gefn i&apos;w hadfer; hebddi, dangosir y rhestr</translation>
    </message>
    <message>
        <source>restore the newest backup that is not damaged</source>
        <translation>adfer y copi wrth gefn diweddaraf sydd heb ei ddifrodi</translation>
    </message>
    <message>
        <source>check the database file for damage</source>
        <translation>gwirio ffeil y gronfa ddata am ddifrod</translation>
    </message>
    <message>
        <source>everything in one .zip file, out or back in</source>
        <translation>allforio neu fewnforio popeth mewn un ffeil .zip</translation>
    </message>
    <message>
        <source>write the database and evidence to one .zip</source>
        <translation>ysgrifennu&apos;r gronfa ddata a&apos;r dystiolaeth i un ffeil .zip</translation>
    </message>
    <message>
        <source>check an export, then put it in place of this database (which is kept aside)</source>
        <translation>gwirio ffeil allforio, yna ei rhoi yn lle&apos;r gronfa ddata hon (caiff honno ei chadw o&apos;r neilltu)</translation>
    </message>
    <message>
        <source>This is a shared server database: its server&apos;s administrator backs it up and checks it.</source>
        <translation>Cronfa ddata ar weinydd a rennir yw hon: gweinyddwr y gweinydd sy&apos;n gwneud copïau wrth gefn ohoni ac yn ei gwirio.</translation>
    </message>
    <message>
        <source>There is no database at {file} yet.</source>
        <translation>Nid oes cronfa ddata yn {file} eto.</translation>
    </message>
    <message>
        <source>Backed up to {file}.</source>
        <translation>Mae copi wrth gefn wedi&apos;i gadw yn {file}.</translation>
    </message>
    <message>
        <source>There is no sound backup to restore.</source>
        <translation>Nid oes copi wrth gefn heb ei ddifrodi i&apos;w adfer.</translation>
    </message>
    <message>
        <source>No backups yet. Make one with: framework-ready backup</source>
        <translation>Dim copïau wrth gefn eto. Gwnewch un gyda: framework-ready backup</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>Ni adferwyd dim: {reason}</translation>
    </message>
    <message>
        <source>Restored {backup}.</source>
        <translation>Adferwyd {backup}.</translation>
    </message>
    <message>
        <source>The file it replaced is kept as {file}.</source>
        <translation>Mae&apos;r ffeil a ddisodlwyd wedi&apos;i chadw fel {file}.</translation>
    </message>
    <message>
        <source>{file} is sound: no damage and no broken links.</source>
        <translation>Mae {file} mewn cyflwr da: dim difrod a dim dolenni wedi torri.</translation>
    </message>
    <message>
        <source>{file} is damaged:</source>
        <translation>Mae difrod i {file}:</translation>
    </message>
    <message>
        <source>Restore the newest sound backup with: framework-ready restore --newest</source>
        <translation>Adferwch y copi wrth gefn diweddaraf sydd heb ei ddifrodi gyda: framework-ready restore --newest</translation>
    </message>
    <message>
        <source>search every answer written before</source>
        <translation>chwilio pob ateb a ysgrifennwyd o&apos;r blaen</translation>
    </message>
    <message>
        <source>answers holding these words, best first</source>
        <translation>atebion sy&apos;n cynnwys y geiriau hyn, y gorau gyntaf</translation>
    </message>
    <message>
        <source>the words to look for</source>
        <translation>y geiriau i chwilio amdanynt</translation>
    </message>
    <message>
        <source>what to put right before submitting a bid (status 1 when something is found)</source>
        <translation>beth i&apos;w gywiro cyn cyflwyno cais (statws 1 pan ganfyddir rhywbeth)</translation>
    </message>
    <message>
        <source>the buyer&apos;s reference or the opportunity&apos;s number</source>
        <translation>cyfeirnod y prynwr neu rif y cyfle</translation>
    </message>
    <message>
        <source>log what was submitted, or list the log</source>
        <translation>cofnodi&apos;r hyn a gyflwynwyd, neu restru&apos;r cofnod</translation>
    </message>
    <message>
        <source>record a submission with the exact files sent</source>
        <translation>cofnodi cyflwyniad gyda&apos;r union ffeiliau a anfonwyd</translation>
    </message>
    <message>
        <source>where it was submitted</source>
        <translation>ble y&apos;i cyflwynwyd</translation>
    </message>
    <message>
        <source>when submit was pressed, in UK time</source>
        <translation>pryd y pwyswyd cyflwyno, yn amser y DU</translation>
    </message>
    <message>
        <source>who pressed submit</source>
        <translation>pwy bwysodd cyflwyno</translation>
    </message>
    <message>
        <source>the portal&apos;s confirmation reference</source>
        <translation>cyfeirnod cadarnhau&apos;r porth</translation>
    </message>
    <message>
        <source>the submissions logged</source>
        <translation>y cyflwyniadau a gofnodwyd</translation>
    </message>
    <message>
        <source>import or export a bid&apos;s questions</source>
        <translation>mewnforio neu allforio cwestiynau cais</translation>
    </message>
    <message>
        <source>add the questions of the buyer&apos;s .xlsx or .csv file</source>
        <translation>ychwanegu cwestiynau ffeil .xlsx neu .csv y prynwr</translation>
    </message>
    <message>
        <source>the workbook&apos;s sheet (default: the first)</source>
        <translation>dalen y llyfr gwaith (diofyn: y gyntaf)</translation>
    </message>
    <message>
        <source>which column holds what, e.g. number=A,text=B,limit=D (a letter, a number from 1 or the heading); default: guessed from the headings. WHAT is one of: {kinds}</source>
        <translation>pa golofn sy&apos;n dal beth, e.e. number=A,text=B,limit=D (llythyren, rhif o 1 neu&apos;r pennawd); diofyn: wedi&apos;i ddyfalu o&apos;r penawdau. Mae WHAT yn un o: {kinds}</translation>
    </message>
    <message>
        <source>show the questions found and save nothing</source>
        <translation>dangos y cwestiynau a ganfuwyd heb gadw dim</translation>
    </message>
    <message>
        <source>write the questions and answers as a spreadsheet</source>
        <translation>ysgrifennu&apos;r cwestiynau a&apos;r atebion fel taenlen</translation>
    </message>
    <message>
        <source>move an opportunity along the pipeline</source>
        <translation>symud cyfle ymlaen ar hyd y broses</translation>
    </message>
    <message>
        <source>why it was lost or withdrawn</source>
        <translation>pam yr oedd yn aflwyddiannus neu pam y&apos;i tynnwyd yn ôl</translation>
    </message>
    <message>
        <source>No answer holds these words.</source>
        <translation>Nid oes ateb yn cynnwys y geiriau hyn.</translation>
    </message>
    <message>
        <source>⚠ stale</source>
        <translation>⚠ angen ei adolygu</translation>
    </message>
    <message>
        <source>More answers hold these words: add a word to narrow them.</source>
        <translation>Mae rhagor o atebion yn cynnwys y geiriau hyn: ychwanegwch air i&apos;w cyfyngu.</translation>
    </message>
    <message>
        <source>Before submitting {opportunity}:</source>
        <translation>Cyn cyflwyno {opportunity}:</translation>
    </message>
    <message>
        <source>  ✓ Nothing found to put right.</source>
        <translation>  ✓ Dim byd i&apos;w gywiro.</translation>
    </message>
    <message>
        <source>Submission logged: {when} on {portal}, {files}.</source>
        <translation>Cyflwyniad wedi&apos;i gofnodi: {when} ar {portal}, {files}.</translation>
    </message>
    <message>
        <source>1 file kept</source>
        <translation>1 ffeil wedi&apos;i chadw</translation>
    </message>
    <message>
        <source>{count} files kept</source>
        <translation>{count} ffeil wedi&apos;u cadw</translation>
    </message>
    <message>
        <source>{opportunity} is now marked submitted.</source>
        <translation>Nodir bellach bod {opportunity} wedi&apos;i gyflwyno.</translation>
    </message>
    <message>
        <source>No submission logged yet.</source>
        <translation>Dim cyflwyniad wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <source>{opportunity}: {status}.</source>
        <translation>{opportunity}: {status}.</translation>
    </message>
    <message>
        <source>&quot;{what}&quot; is not something a column can hold: use one of {kinds}.</source>
        <translation>Nid yw &quot;{what}&quot; yn rhywbeth y gall colofn ei ddal: defnyddiwch un o {kinds}.</translation>
    </message>
    <message>
        <source>There is no column &quot;{where}&quot; (give a letter, a number from 1, or a heading).</source>
        <translation>Nid oes colofn &quot;{where}&quot; (rhowch lythyren, rhif o 1, neu bennawd).</translation>
    </message>
    <message>
        <source>The file has only {count} columns.</source>
        <translation>Dim ond {count} colofn sydd yn y ffeil.</translation>
    </message>
    <message>
        <source>There is no sheet &quot;{sheet}&quot;; the sheets are: {sheets}.</source>
        <translation>Nid oes dalen &quot;{sheet}&quot;; y dalennau yw: {sheets}.</translation>
    </message>
    <message>
        <source>Preview only: nothing saved.</source>
        <translation>Rhagolwg yn unig: ni chadwyd dim.</translation>
    </message>
    <message>
        <source>These questions cannot be imported: {reason}</source>
        <translation>Ni ellir mewnforio&apos;r cwestiynau hyn: {reason}</translation>
    </message>
    <message>
        <source>1 question imported.</source>
        <translation>Mewnforiwyd 1 cwestiwn.</translation>
    </message>
    <message>
        <source>{count} questions imported.</source>
        <translation>Mewnforiwyd {count} o gwestiynau.</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <translation>Nid oedd modd ysgrifennu {file}: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Ni fewnforiwyd dim: {reason}</translation>
    </message>
    <message>
        <source>Imported {file}.</source>
        <translation>Mewnforiwyd {file}.</translation>
    </message>
    <message>
        <source>The database it replaced is kept as {file}.</source>
        <translation>Mae&apos;r gronfa ddata a ddisodlwyd wedi&apos;i chadw fel {file}.</translation>
    </message>
    <message>
        <source>the coming deadlines; --ics writes a calendar file</source>
        <translation>y terfynau amser sydd i ddod; mae --ics yn ysgrifennu ffeil calendr</translation>
    </message>
    <message>
        <source>write every milestone and task as an .ics calendar file</source>
        <translation>ysgrifennu pob carreg filltir a thasg fel ffeil calendr .ics</translation>
    </message>
    <message>
        <source>how many to list</source>
        <translation>faint i&apos;w rhestru</translation>
    </message>
    <message>
        <source>the Procurement Act supplier registration: steps, PPON, share codes, warnings</source>
        <translation>cofrestru fel cyflenwr o dan y Ddeddf Caffael: camau, PPON, codau rhannu, rhybuddion</translation>
    </message>
    <message>
        <source>No deadlines coming up.</source>
        <translation>Nid oes terfynau amser i ddod.</translation>
    </message>
    <message>
        <source>{days:&gt;4} days  {when}  {milestone}: {opportunity}</source>
        <translation>{days:&gt;4} diwrnod  {when}  {milestone}: {opportunity}</translation>
    </message>
    <message>
        <source>Calendar written to {file}. Import it into your calendar; importing a newer one updates the same events.</source>
        <translation>Ysgrifennwyd y calendr i {file}. Mewnforiwch ef i&apos;ch calendr; bydd mewnforio un mwy diweddar yn diweddaru&apos;r un digwyddiadau.</translation>
    </message>
    <message>
        <source>{number:&gt;3}. {status:&lt;12} {step}{when}</source>
        <translation>{number:&gt;3}. {status:&lt;12} {step}{when}</translation>
    </message>
    <message>
        <source>PPON: {ppon}</source>
        <translation>PPON: {ppon}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <source>Supplier information last confirmed: {date}</source>
        <translation>Cadarnhawyd gwybodaeth y cyflenwr ddiwethaf: {date}</translation>
    </message>
    <message>
        <source>User: {name} &lt;{email}&gt;, {role}</source>
        <translation>Defnyddiwr: {name} &lt;{email}&gt;, {role}</translation>
    </message>
    <message>
        <source>Share code {code} given to {buyer} for {procurement} on {date}</source>
        <translation>Cod rhannu {code} a roddwyd i {buyer} ar gyfer {procurement} ar {date}</translation>
    </message>
    <message>
        <source>make a PDF document</source>
        <translation>creu dogfen PDF</translation>
    </message>
    <message>
        <source>(for: {documents})</source>
        <translation>(ar gyfer: {documents})</translation>
    </message>
    <message>
        <source>documents:</source>
        <translation>dogfennau:</translation>
    </message>
    <message>
        <source>the PDF file to write (for the compliance matrix, a .xlsx name writes it as a spreadsheet)</source>
        <translation>y ffeil PDF i&apos;w hysgrifennu (ar gyfer y matrics cydymffurfio, mae enw .xlsx yn ei ysgrifennu fel taenlen)</translation>
    </message>
    <message>
        <source>for a bid summary: the buyer&apos;s reference or the number</source>
        <translation>ar gyfer crynodeb o gais: cyfeirnod y prynwr neu&apos;r rhif</translation>
    </message>
    <message>
        <source>for the supply-chain report</source>
        <translation>ar gyfer yr adroddiad ar y gadwyn gyflenwi</translation>
    </message>
    <message>
        <source>the document&apos;s language: en (English) or cy (Cymraeg)</source>
        <translation>iaith y ddogfen: en (Saesneg) neu cy (Cymraeg)</translation>
    </message>
    <message>
        <source>for the qualification pack: keep the drafting notes (word counts and checks) for your own team</source>
        <translation>ar gyfer y pecyn cymhwyso: cadw&apos;r nodiadau drafftio (cyfrif geiriau a gwiriadau) i&apos;ch tîm eich hun</translation>
    </message>
    <message>
        <source>write a spreadsheet (CSV or XLSX)</source>
        <translation>ysgrifennu taenlen (CSV neu XLSX)</translation>
    </message>
    <message>
        <source>{pages} pages written to {file}.</source>
        <translation>Ysgrifennwyd {pages} tudalen i {file}.</translation>
    </message>
    <message>
        <source>A trustees&apos; decision paper is for one opportunity: say which with --opportunity and its buyer&apos;s reference or number.</source>
        <translation>Mae papur penderfynu&apos;r ymddiriedolwyr ar gyfer un cyfle: dywedwch pa un gyda --opportunity a chyfeirnod y prynwr neu ei rif.</translation>
    </message>
    <message>
        <source>A bid summary is for one opportunity: say which with --opportunity and its buyer&apos;s reference or number.</source>
        <translation>Mae crynodeb cais ar gyfer un cyfle: dywedwch pa un gyda --opportunity a chyfeirnod neu rif y prynwr.</translation>
    </message>
    <message>
        <source>No opportunities yet: add one on the Opportunities page.</source>
        <translation>Does dim cyfleoedd eto: ychwanegwch un ar y dudalen Cyfleoedd.</translation>
    </message>
    <message>
        <source>{rows} rows written to {file}.</source>
        <translation>Ysgrifennwyd {rows} rhes i {file}.</translation>
    </message>
    <message>
        <source>export or import questionnaire answers</source>
        <translation>allforio neu fewnforio atebion holiaduron</translation>
    </message>
    <message>
        <source>write every answer as JSON</source>
        <translation>ysgrifennu pob ateb fel JSON</translation>
    </message>
    <message>
        <source>file to write (default: the screen)</source>
        <translation>y ffeil i&apos;w hysgrifennu (diofyn: y sgrin)</translation>
    </message>
    <message>
        <source>read answers from a JSON export (all or nothing)</source>
        <translation>darllen atebion o ffeil allforio JSON (y cyfan neu ddim)</translation>
    </message>
    <message>
        <source>how ready you are to qualify, and what to do next</source>
        <translation>pa mor barod ydych chi i fod yn gymwys, a beth i&apos;w wneud nesaf</translation>
    </message>
    <message>
        <source>which lots you can bid for, and why not</source>
        <translation>pa lotiau y gallwch wneud cais amdanynt, a pham na allwch wneud cais am y lleill</translation>
    </message>
    <message>
        <source>a competition&apos;s value, checked against your financial threshold, e.g. 2,400,000</source>
        <translation>gwerth cystadleuaeth, wedi&apos;i wirio yn erbyn eich trothwy ariannol, e.e. 2,400,000</translation>
    </message>
    <message>
        <source>There is no organisation in this database yet. Open the app to add yours, or run &quot;framework-ready demo&quot; for the sample charity.</source>
        <translation>Nid oes sefydliad yn y gronfa ddata hon eto. Agorwch yr ap i ychwanegu eich un chi, neu redwch &quot;framework-ready demo&quot; i gael yr elusen enghreifftiol.</translation>
    </message>
    <message>
        <source>Answers written to {file}.</source>
        <translation>Ysgrifennwyd yr atebion i {file}.</translation>
    </message>
    <message>
        <source>Nothing was imported, because:</source>
        <translation>Ni fewnforiwyd dim, oherwydd:</translation>
    </message>
    <message>
        <source>{count} answers changed. Earlier wording is kept in each answer&apos;s history.</source>
        <translation>Newidiwyd {count} ateb. Mae&apos;r geiriad blaenorol wedi&apos;i gadw yn hanes pob ateb.</translation>
    </message>
    <message>
        <source>{file} is too big to be an answers file.</source>
        <translation>Mae {file} yn rhy fawr i fod yn ffeil atebion.</translation>
    </message>
    <message>
        <source>{file} was not found.</source>
        <translation>Ni chafwyd hyd i {file}.</translation>
    </message>
    <message>
        <source>{file} is not a Framework Ready answers file.</source>
        <translation>Nid yw {file} yn ffeil atebion Framework Ready.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Ready overall</source>
        <translation>Parodrwydd cyffredinol</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Fframwaith</translation>
    </message>
    <message>
        <source>Portal journey</source>
        <translation>Taith y porth</translation>
    </message>
    <message>
        <source>Supplier registration</source>
        <translation>Cofrestru fel cyflenwr</translation>
    </message>
    <message>
        <source>Evidence asked for, in date</source>
        <translation>Tystiolaeth y gofynnir amdani, yn ddilys</translation>
    </message>
    <message>
        <source>none added yet</source>
        <translation>dim wedi&apos;i hychwanegu eto</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nesaf</translation>
    </message>
    <message>
        <source>This is not a Framework Ready answers file.</source>
        <translation>Nid yw hon yn ffeil atebion Framework Ready.</translation>
    </message>
    <message>
        <source>The file has no answers in it.</source>
        <translation>Nid oes atebion yn y ffeil.</translation>
    </message>
    <message>
        <source>The file has answers for a form this version does not know: {code}.</source>
        <translation>Mae gan y ffeil atebion ar gyfer ffurflen nad yw&apos;r fersiwn hon yn ei hadnabod: {code}.</translation>
    </message>
    <message>
        <source>The answers for {form} are not readable.</source>
        <translation>Nid oes modd darllen yr atebion ar gyfer {form}.</translation>
    </message>
    <message>
        <source>{form}: there is no question &quot;{key}&quot;.</source>
        <translation>{form}: nid oes cwestiwn &quot;{key}&quot;.</translation>
    </message>
    <message>
        <source>National call-off competition from day one (June 2021)</source>
        <translation>Cystadleuaeth genedlaethol ar gyfer contractau yn ôl y galw o&apos;r diwrnod cyntaf (Mehefin 2021)</translation>
    </message>
    <message>
        <source>Commissioned by Regional Probation Directors</source>
        <translation>Wedi&apos;i gomisiynu gan Gyfarwyddwyr Prawf Rhanbarthol</translation>
    </message>
    <message>
        <source>Call-off contracts awarded under the framework</source>
        <translation>Contractau yn ôl y galw a ddyfernir o dan y fframwaith</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contractau</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Grantiau</translation>
    </message>
    <message>
        <source>Grants or contracts</source>
        <translation>Grantiau neu gontractau</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Wedi&apos;i gadarnhau</translation>
    </message>
    <message>
        <source>Inferred from sources</source>
        <translation>Wedi&apos;i gasglu o ffynonellau</translation>
    </message>
    <message>
        <source>Not confirmed for this framework: check the tender documents</source>
        <translation>Heb ei gadarnhau ar gyfer y fframwaith hwn: gwiriwch y dogfennau tendro</translation>
    </message>
    <message>
        <source>PCR 2015</source>
        <translation>PCR 2015</translation>
    </message>
    <message>
        <source>Procurement Act 2023</source>
        <translation>Deddf Caffael 2023</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Heb ei nodi</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ar agor</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ar gau</translation>
    </message>
    <message>
        <source>Awarding call-offs</source>
        <translation>Yn dyfarnu contractau yn ôl y galw</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Wedi dod i ben</translation>
    </message>
    <message>
        <source>England and Wales</source>
        <translation>Cymru a Lloegr</translation>
    </message>
    <message>
        <source>Can bid as lead</source>
        <translation>Yn gallu gwneud cais fel arweinydd</translation>
    </message>
    <message>
        <source>Partner or subcontractor only</source>
        <translation>Partner neu is-gontractwr yn unig</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Ddim yn gymwys</translation>
    </message>
    <message>
        <source>You deliver {services}</source>
        <translation>Rydych chi&apos;n darparu {services}</translation>
    </message>
    <message>
        <source>You do not deliver {services}</source>
        <translation>Nid ydych chi&apos;n darparu {services}</translation>
    </message>
    <message>
        <source>You deliver {yours}; {partners} deliver {theirs}: lead with them as subcontractors</source>
        <translation>Rydych chi&apos;n darparu {yours}; mae {partners} yn darparu {theirs}: arweiniwch y cais gyda nhw fel is-gontractwyr</translation>
    </message>
    <message>
        <source>You do not deliver {services}: lead with partners who do, or join a bid as a partner</source>
        <translation>Nid ydych chi&apos;n darparu {services}: arweiniwch y cais gyda phartneriaid sy&apos;n eu darparu, neu ymunwch â chais fel partner</translation>
    </message>
    <message>
        <source>You work in {area}</source>
        <translation>Rydych chi&apos;n gweithio yn ardal {area}</translation>
    </message>
    <message>
        <source>You do not serve the {area} PCC area</source>
        <translation>Nid ydych chi&apos;n gwasanaethu ardal Comisiynydd Heddlu a Throseddu {area}</translation>
    </message>
    <message>
        <source>You serve {served} of the {total} PCC areas in {region}: a lead covers the whole region</source>
        <translation>Rydych chi&apos;n gwasanaethu {served} o&apos;r {total} ardal PCC yn rhanbarth {region}: mae arweinydd yn cwmpasu&apos;r rhanbarth cyfan</translation>
    </message>
    <message>
        <source>You do not work in {region}</source>
        <translation>Nid ydych chi&apos;n gweithio yn rhanbarth {region}</translation>
    </message>
    <message>
        <source>{family} lot: your services are not specific to {cohort}</source>
        <translation>Lot {family}: nid yw eich gwasanaethau&apos;n benodol i {cohort}</translation>
    </message>
    <message>
        <source>waiting for the buyer&apos;s decision</source>
        <translation>yn aros am benderfyniad y prynwr</translation>
    </message>
    <message>
        <source>the buyer did not qualify you this time</source>
        <translation>ni wnaeth y prynwr eich derbyn yn gymwys y tro hwn</translation>
    </message>
    <message>
        <source>{questionnaire} &quot;{section}&quot; incomplete</source>
        <translation>{questionnaire} &quot;{section}&quot; heb ei gwblhau</translation>
    </message>
    <message>
        <source>selection questionnaire &quot;{section}&quot; incomplete</source>
        <translation>holiadur dethol &quot;{section}&quot; heb ei gwblhau</translation>
    </message>
    <message>
        <source>give the buyer your share code and answer its Procurement Specific Questionnaire on the portal</source>
        <translation>rhowch eich cod rhannu i&apos;r prynwr ac atebwch ei Holiadur Caffael Penodol ar y porth</translation>
    </message>
    <message>
        <source>submit your selection questionnaire on the portal</source>
        <translation>cyflwynwch eich holiadur dethol ar y porth</translation>
    </message>
    <message>
        <source>Not qualified for {service} yet: {why}</source>
        <translation>Ddim yn gymwys ar gyfer {service} eto: {why}</translation>
    </message>
    <message>
        <source>Not qualified for {services}: you can only be a partner for them</source>
        <translation>Ddim yn gymwys ar gyfer {services}: dim ond fel partner y gallwch chi gymryd rhan ynddynt</translation>
    </message>
    <message>
        <source>Sign the framework agreement before you lead a bid</source>
        <translation>Llofnodwch gytundeb y fframwaith cyn i chi arwain cais</translation>
    </message>
    <message>
        <source>Qualified for {services}</source>
        <translation>Yn gymwys ar gyfer {services}</translation>
    </message>
    <message>
        <source>{requirement}: not in your profile; {minimum} is asked</source>
        <translation>{requirement}: nid yw yn eich proffil; gofynnir am {minimum}</translation>
    </message>
    <message>
        <source>{requirement} {have} is below the {minimum} this lot asks</source>
        <translation>Mae {requirement} {have} yn is na&apos;r {minimum} y mae&apos;r lot hwn yn gofyn amdano</translation>
    </message>
    <message>
        <source>{problem}{caveat}. Not a bar now ({regime}): {why}</source>
        <translation>{problem}{caveat}. Nid yw&apos;n rhwystr nawr ({regime}): {why}</translation>
    </message>
    <message>
        <source>&quot;{title}&quot; is out of date: renew it before you lead a bid</source>
        <translation>Mae &quot;{title}&quot; wedi dyddio: adnewyddwch ef cyn i chi arwain cais</translation>
    </message>
    <message>
        <source>Lot value {value} is above your financial threshold band ({threshold})</source>
        <translation>Mae gwerth y lot, {value}, yn uwch na&apos;ch band trothwy ariannol ({threshold})</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Polisi</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cyfrifon</translation>
    </message>
    <message>
        <source>Insurance certificate</source>
        <translation>Tystysgrif yswiriant</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Achrediad</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>The file {name} could not be found.</source>
        <translation>Nid oedd modd dod o hyd i&apos;r ffeil {name}.</translation>
    </message>
    <message>
        <source>The file {name} could not be opened.</source>
        <translation>Nid oedd modd agor y ffeil {name}.</translation>
    </message>
    <message>
        <source>{name} is a shortcut (link), not a file. Add the file it points to.</source>
        <translation>Llwybr byr (dolen) yw {name}, nid ffeil. Ychwanegwch y ffeil y mae&apos;n cyfeirio ati.</translation>
    </message>
    <message>
        <source>{name} is a folder. Choose one file inside it.</source>
        <translation>Ffolder yw {name}. Dewiswch un ffeil sydd yn y ffolder.</translation>
    </message>
    <message>
        <source>{name} is not an ordinary file.</source>
        <translation>Nid yw {name} yn ffeil arferol.</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes). Choose the finished document.</source>
        <translation>Mae {name} yn wag (0 beit). Dewiswch y ddogfen orffenedig.</translation>
    </message>
    <message>
        <source>{name} is {size} MB; the limit is {limit} MB. Save a smaller copy (for example a PDF of the signed pages).</source>
        <translation>Mae {name} yn {size} MB; y terfyn yw {limit} MB. Cadwch gopi llai (er enghraifft PDF o&apos;r tudalennau wedi&apos;u llofnodi).</translation>
    </message>
    <message>
        <source>{name} cannot be read: you may not have permission to open it.</source>
        <translation>Nid oes modd darllen {name}: efallai nad oes gennych ganiatâd i&apos;w agor.</translation>
    </message>
    <message>
        <source>Give the document a title, e.g. &quot;Safeguarding policy 2026&quot;.</source>
        <translation>Rhowch deitl i&apos;r ddogfen, e.e. &quot;Polisi diogelu 2026&quot;.</translation>
    </message>
    <message>
        <source>The title is too long: keep it under {limit} characters.</source>
        <translation>Mae&apos;r teitl yn rhy hir: cadwch ef o dan {limit} nod.</translation>
    </message>
    <message>
        <source>The notes are too long: keep them under {limit} characters.</source>
        <translation>Mae&apos;r nodiadau&apos;n rhy hir: cadwch nhw o dan {limit} nod.</translation>
    </message>
    <message>
        <source>The valid-until date is before the issue date.</source>
        <translation>Mae&apos;r dyddiad &apos;dilys tan&apos; yn gynharach na&apos;r dyddiad cyhoeddi.</translation>
    </message>
    <message>
        <source>This file is already in your evidence library as &quot;{title}&quot;.</source>
        <translation>Mae&apos;r ffeil hon eisoes yn eich llyfrgell dystiolaeth fel &quot;{title}&quot;.</translation>
    </message>
    <message>
        <source>{name} could not be copied into your evidence library: {reason}</source>
        <translation>Nid oedd modd copïo {name} i&apos;ch llyfrgell dystiolaeth: {reason}</translation>
    </message>
    <message>
        <source>Expired on {day}.</source>
        <translation>Daeth i ben ar {day}.</translation>
    </message>
    <message>
        <source>Expires within {days} days ({day}).</source>
        <translation>Yn dod i ben o fewn {days} diwrnod ({day}).</translation>
    </message>
    <message>
        <source>Review was due on {day}.</source>
        <translation>Roedd angen ei adolygu erbyn {day}.</translation>
    </message>
    <message>
        <source>The stored copy is missing from the evidence folder. Add the file again.</source>
        <translation>Mae&apos;r copi sydd wedi&apos;i storio ar goll o&apos;r ffolder tystiolaeth. Ychwanegwch y ffeil eto.</translation>
    </message>
    <message>
        <source>The stored copy has been changed since it was added. Add the file again.</source>
        <translation>Mae&apos;r copi sydd wedi&apos;i storio wedi newid ers iddo gael ei ychwanegu. Ychwanegwch y ffeil eto.</translation>
    </message>
    <message>
        <source>No expiry date recorded</source>
        <translation>Dim dyddiad dod i ben wedi’i gofnodi</translation>
    </message>
    <message>
        <source>✓ In date until {day}</source>
        <translation>✓ Yn ddilys tan {day}</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>Wrthi&apos;n drafftio</translation>
    </message>
    <message>
        <source>For review</source>
        <translation>I&apos;w adolygu</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Terfynol</translation>
    </message>
    <message>
        <source>words</source>
        <translation>gair</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>nod</translation>
    </message>
    <message>
        <source>characters, not counting spaces</source>
        <translation>nod, heb gyfrif bylchau</translation>
    </message>
    <message>
        <source>{used} {unit}</source>
        <translation>{used} {unit}</translation>
    </message>
    <message>
        <source>{used} of {limit} {unit}</source>
        <translation>{used} o {limit} {unit}</translation>
    </message>
    <message>
        <source>{over} over the limit</source>
        <translation>{over} dros y terfyn</translation>
    </message>
    <message>
        <source>Type the buyer&apos;s question first.</source>
        <translation>Teipiwch gwestiwn y prynwr yn gyntaf.</translation>
    </message>
    <message>
        <source>A limit must be more than 0, or left empty.</source>
        <translation>Rhaid i derfyn fod yn fwy na 0, neu&apos;n wag.</translation>
    </message>
    <message>
        <source>A weighting is a percentage from 0 to 100.</source>
        <translation>Canran o 0 i 100 yw pwysoliad.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Canllawiau</translation>
    </message>
    <message>
        <source>Word or character limit</source>
        <translation>Terfyn geiriau neu nodau</translation>
    </message>
    <message>
        <source>Weighting (%)</source>
        <translation>Pwysoliad (%)</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Sgorio</translation>
    </message>
    <message>
        <source>Pass or fail</source>
        <translation>Llwyddo neu fethu</translation>
    </message>
    <message>
        <source>Attachment needed</source>
        <translation>Angen atodiad</translation>
    </message>
    <message>
        <source>Choose which column holds the questions.</source>
        <translation>Dewiswch pa golofn sy&apos;n dal y cwestiynau.</translation>
    </message>
    <message>
        <source>This file has more than {count} questions, more than any buyer asks. Check it is the right file, and the right column for the questions.</source>
        <translation>Mae gan y ffeil hon fwy na {count} o gwestiynau, mwy nag y mae unrhyw brynwr yn eu gofyn. Gwiriwch mai dyma&apos;r ffeil gywir, a&apos;r golofn gywir ar gyfer y cwestiynau.</translation>
    </message>
    <message>
        <source>No questions were found in the column chosen for them. Choose another column, or check the file.</source>
        <translation>Ni chafwyd hyd i gwestiynau yn y golofn a ddewiswyd ar eu cyfer. Dewiswch golofn arall, neu gwiriwch y ffeil.</translation>
    </message>
    <message>
        <source>1 question found</source>
        <translation>Cafwyd hyd i 1 cwestiwn</translation>
    </message>
    <message>
        <source>{count} questions found</source>
        <translation>Cafwyd hyd i {count} o gwestiynau</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Ar waith</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Dim angen</translation>
    </message>
    <message>
        <source>Needed: none chosen</source>
        <translation>Angen: dim wedi&apos;i ddewis</translation>
    </message>
    <message>
        <source>No longer in the evidence library</source>
        <translation>Nid yw yn y llyfrgell dystiolaeth mwyach</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Ni all y dyddiad fod yn y dyfodol.</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Wedi&apos;i nodi</translation>
    </message>
    <message>
        <source>Bid / no-bid decision</source>
        <translation>Penderfyniad i wneud cais neu beidio</translation>
    </message>
    <message>
        <source>Writing the bid</source>
        <translation>Ysgrifennu&apos;r cais</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Wedi&apos;i gyflwyno</translation>
    </message>
    <message>
        <source>Library entry</source>
        <translation>Cofnod llyfrgell</translation>
    </message>
    <message>
        <source>Bid answer</source>
        <translation>Ateb cais</translation>
    </message>
    <message>
        <source>Questionnaire answer</source>
        <translation>Ateb holiadur</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Wedi&apos;i ennill</translation>
    </message>
    <message>
        <source>Outcome not recorded</source>
        <translation>Canlyniad heb ei gofnodi</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Aflwyddiannus</translation>
    </message>
    <message>
        <source>Give the library entry a title, so it can be found again.</source>
        <translation>Rhowch deitl i gofnod y llyfrgell, fel y gellir dod o hyd iddo eto.</translation>
    </message>
    <message>
        <source>A title can be at most {count} characters.</source>
        <translation>Gall teitl fod yn {count} nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>There is no answer to keep: write it first.</source>
        <translation>Nid oes ateb i&apos;w gadw: ysgrifennwch ef yn gyntaf.</translation>
    </message>
    <message>
        <source>An answer can be at most {count} characters.</source>
        <translation>Gall ateb fod yn {count} nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>An entry can have at most {count} tags.</source>
        <translation>Gall cofnod gael {count} tag ar y mwyaf.</translation>
    </message>
    <message>
        <source>written today</source>
        <translation>ysgrifennwyd heddiw</translation>
    </message>
    <message>
        <source>1 day old</source>
        <translation>1 diwrnod oed</translation>
    </message>
    <message>
        <source>{count} days old</source>
        <translation>{count} diwrnod oed</translation>
    </message>
    <message>
        <source>1 month old</source>
        <translation>1 mis oed</translation>
    </message>
    <message>
        <source>{count} months old</source>
        <translation>{count} mis oed</translation>
    </message>
    <message>
        <source>1 year old</source>
        <translation>1 flwyddyn oed</translation>
    </message>
    <message>
        <source>{count} years old</source>
        <translation>{count} blwyddyn oed</translation>
    </message>
    <message>
        <source>score {score}</source>
        <translation>sgôr {score}</translation>
    </message>
    <message>
        <source>⚠ stale: review was due {day}</source>
        <translation>⚠ angen ei adolygu: roedd angen ei adolygu erbyn {day}</translation>
    </message>
    <message>
        <source>review by {day}</source>
        <translation>adolygu erbyn {day}</translation>
    </message>
    <message>
        <source>tags: {tags}</source>
        <translation>tagiau: {tags}</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Wedi&apos;i dynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>An opportunity cannot go from &quot;{current}&quot; to &quot;{target}&quot;.</source>
        <translation>Ni all cyfle symud o &quot;{current}&quot; i &quot;{target}&quot;.</translation>
    </message>
    <message>
        <source>Record the decision to bid before you start writing.</source>
        <translation>Cofnodwch y penderfyniad i wneud cais cyn i chi ddechrau ysgrifennu.</translation>
    </message>
    <message>
        <source>Log the submission first (on the Bid writing page: portal, time, who pressed submit, the confirmation reference and the files sent). An opportunity is marked submitted only with that record.</source>
        <translation>Cofnodwch y cyflwyniad yn gyntaf (ar y dudalen Ysgrifennu&apos;r cais: y porth, yr amser, pwy bwysodd cyflwyno, y cyfeirnod cadarnhau a&apos;r ffeiliau a anfonwyd). Dim ond gyda&apos;r cofnod hwnnw y nodir bod cyfle wedi&apos;i gyflwyno.</translation>
    </message>
    <message>
        <source>Say why it was lost: the feedback helps the next bid.</source>
        <translation>Dywedwch pam roedd yn aflwyddiannus: mae&apos;r adborth yn helpu gyda&apos;r cais nesaf.</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Grant</translation>
    </message>
    <message>
        <source>⚠ Overdue</source>
        <translation>⚠ Yn hwyr</translation>
    </message>
    <message>
        <source>Give the opportunity a title, e.g. &quot;Accommodation Services for Wales&quot;.</source>
        <translation>Rhowch deitl i&apos;r cyfle, e.e. &quot;Gwasanaethau Llety i Gymru&quot;.</translation>
    </message>
    <message>
        <source>The title or reference is too long: keep it under {limit} characters.</source>
        <translation>Mae&apos;r teitl neu&apos;r cyfeirnod yn rhy hir: cadwch ef o dan {limit} nod.</translation>
    </message>
    <message>
        <source>A note is too long: keep it under {limit} characters.</source>
        <translation>Mae nodyn yn rhy hir: cadwch ef o dan {limit} nod.</translation>
    </message>
    <message>
        <source>The value cannot be below zero.</source>
        <translation>Ni all y gwerth fod yn llai na sero.</translation>
    </message>
    <message>
        <source>The length is in months, between 1 and 240.</source>
        <translation>Rhowch yr hyd mewn misoedd, rhwng 1 a 240.</translation>
    </message>
    <message>
        <source>&quot;{task}&quot; is due on {due}, after the submission deadline ({deadline}).</source>
        <translation>Mae &quot;{task}&quot; i&apos;w gwblhau erbyn {due}, sydd ar ôl y terfyn amser ar gyfer cyflwyno ({deadline}).</translation>
    </message>
    <message>
        <source>Say what the task is.</source>
        <translation>Dywedwch beth yw&apos;r dasg.</translation>
    </message>
    <message>
        <source>Keep the task and its owner under {limit} characters.</source>
        <translation>Cadwch y dasg a&apos;i pherchennog o dan {limit} nod.</translation>
    </message>
    <message>
        <source>HMPPS (national)</source>
        <translation>HMPPS (cenedlaethol)</translation>
    </message>
    <message>
        <source>Regional Probation Director, {region}</source>
        <translation>Cyfarwyddwr Prawf Rhanbarthol, {region}</translation>
    </message>
    <message>
        <source>Please type your organisation&apos;s name.</source>
        <translation>Teipiwch enw eich sefydliad.</translation>
    </message>
    <message>
        <source>The name is too long: keep it under {limit} characters.</source>
        <translation>Mae&apos;r enw&apos;n rhy hir: cadwch ef o dan {limit} nod.</translation>
    </message>
    <message>
        <source>Replace &quot;{title}&quot;: {problem}</source>
        <translation>Disodli &quot;{title}&quot;: {problem}</translation>
    </message>
    <message>
        <source>Supplier registration step {number}: {title}</source>
        <translation>Cam {number} cofrestru fel cyflenwr: {title}</translation>
    </message>
    <message>
        <source>Portal step {number}: {title}</source>
        <translation>Cam {number} y porth: {title}</translation>
    </message>
    <message>
        <source>Add your policies, accounts and insurance certificates to the evidence library.</source>
        <translation>Ychwanegwch eich polisïau, eich cyfrifon a&apos;ch tystysgrifau yswiriant at y llyfrgell dystiolaeth.</translation>
    </message>
    <message>
        <source>{form}: link a document in date to &quot;{question}&quot;</source>
        <translation>{form}: cysylltwch ddogfen ddilys â &quot;{question}&quot;</translation>
    </message>
    <message>
        <source>Everything is done for now. Keep your evidence in date.</source>
        <translation>Mae popeth wedi&apos;i wneud am y tro. Cadwch eich tystiolaeth yn gyfredol.</translation>
    </message>
    <message>
        <source>{form}: finish &quot;{section}&quot;</source>
        <translation>{form}: gorffennwch &quot;{section}&quot;</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Arweinydd</translation>
    </message>
    <message>
        <source>Key subcontractor</source>
        <translation>Is-gontractwr allweddol</translation>
    </message>
    <message>
        <source>Subcontractor</source>
        <translation>Is-gontractwr</translation>
    </message>
    <message>
        <source>Type the partner organisation&apos;s name.</source>
        <translation>Teipiwch enw&apos;r sefydliad partner.</translation>
    </message>
    <message>
        <source>The notes are too long.</source>
        <translation>Mae&apos;r nodiadau&apos;n rhy hir.</translation>
    </message>
    <message>
        <source>{partner}: the framework does not allow a lead to require a subcontractor to work only with it (exclusivity).</source>
        <translation>{partner}: nid yw&apos;r fframwaith yn caniatáu i arweinydd fynnu bod is-gontractwr yn gweithio gydag ef yn unig (detholusrwydd).</translation>
    </message>
    <message>
        <source>The partners&apos; shares add up to {total}%, more than 100%.</source>
        <translation>Mae cyfrannau&apos;r partneriaid yn dod i gyfanswm o {total}%, sy&apos;n fwy na 100%.</translation>
    </message>
    <message>
        <source>A bid has one lead.</source>
        <translation>Un arweinydd sydd gan gais.</translation>
    </message>
    <message>
        <source>This partner is named on {bids}; take it off them first.</source>
        <translation>Mae&apos;r partner hwn wedi&apos;i enwi ar {bids}; tynnwch ef oddi arnynt yn gyntaf.</translation>
    </message>
    <message>
        <source>1 bid</source>
        <translation>1 cais</translation>
    </message>
    <message>
        <source>{count} bids</source>
        <translation>{count} cais</translation>
    </message>
    <message>
        <source>A share is a percentage from 0 to 100.</source>
        <translation>Canran o 0 i 100 yw cyfran.</translation>
    </message>
    <message>
        <source>The services text is too long.</source>
        <translation>Mae testun y gwasanaethau&apos;n rhy hir.</translation>
    </message>
    <message>
        <source>This is a key subcontractor on a bid you have submitted: switching or ending it needs the buyer&apos;s permission. Record the permission&apos;s date and reference first.</source>
        <translation>Mae hwn yn is-gontractwr allweddol ar gais rydych chi wedi&apos;i gyflwyno: mae angen caniatâd y prynwr i&apos;w newid neu i ddod â&apos;r trefniant i ben. Cofnodwch ddyddiad a chyfeirnod y caniatâd yn gyntaf.</translation>
    </message>
    <message>
        <source>Say whether the subcontractor is switched or ended.</source>
        <translation>Dywedwch a ydych chi&apos;n newid yr is-gontractwr neu&apos;n dod â&apos;r trefniant i ben.</translation>
    </message>
    <message>
        <source>Give the buyer&apos;s reference for the permission.</source>
        <translation>Rhowch gyfeirnod y prynwr ar gyfer y caniatâd.</translation>
    </message>
    <message>
        <source>Give the year as four digits, e.g. 2026.</source>
        <translation>Rhowch y flwyddyn fel pedwar digid, e.e. 2026.</translation>
    </message>
    <message>
        <source>Spend cannot be below zero.</source>
        <translation>Ni all y gwariant fod yn llai na sero.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Mae&apos;r dyddiad gorffen yn gynharach na&apos;r dyddiad dechrau.</translation>
    </message>
    <message>
        <source>{change} permitted on {day}, reference {reference}</source>
        <translation>{change} wedi&apos;i ganiatáu ar {day}, cyfeirnod {reference}</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Terfynu</translation>
    </message>
    <message>
        <source>There is no framework with the code &quot;{code}&quot;. Known: {known}.</source>
        <translation>Nid oes fframwaith gyda&apos;r cod &quot;{code}&quot;. Y rhai sy&apos;n hysbys: {known}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim un</translation>
    </message>
    <message>
        <source>The framework information in {file} could not be read, so the last good copy is shown. Details: {error}</source>
        <translation>Nid oedd modd darllen gwybodaeth y fframwaith yn {file}, felly dangosir y copi da diwethaf. Manylion: {error}</translation>
    </message>
    <message>
        <source>Where the framework has no Welsh name for a lot, need category or region, the Welsh name is this app&apos;s own translation: the buyer knows it by its English name. Police and Crime Commissioner areas in England keep their English names.</source>
        <translation>Lle nad oes gan y fframwaith enw Cymraeg ar lot, categori angen neu ranbarth, cyfieithiad yr ap ei hun yw&apos;r enw Cymraeg: mae&apos;r prynwr yn ei adnabod wrth ei enw Saesneg. Mae ardaloedd Comisiynwyr Heddlu a Throseddu yn Lloegr yn cadw eu henwau Saesneg.</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Ionawr</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Chwefror</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Mawrth</translation>
    </message>
    <message>
        <source>April</source>
        <translation>Ebrill</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Mehefin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Gorffennaf</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Awst</translation>
    </message>
    <message>
        <source>September</source>
        <translation>Medi</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Hydref</translation>
    </message>
    <message>
        <source>November</source>
        <translation>Tachwedd</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Rhagfyr</translation>
    </message>
    <message>
        <source>That does not look like a charity number. England and Wales numbers are 6 to 8 digits (e.g. 1123456), Scottish ones start SC (SC012345), Northern Irish ones start NIC (NIC100001). Leave it empty if you are not a registered charity.</source>
        <translation>Nid yw hyn yn edrych fel rhif elusen. Mae gan rifau Cymru a Lloegr 6 i 8 digid (e.e. 1123456), mae rhifau&apos;r Alban yn dechrau gydag SC (SC012345), ac mae rhifau Gogledd Iwerddon yn dechrau gydag NIC (NIC100001). Gadewch y maes yn wag os nad ydych chi&apos;n elusen gofrestredig.</translation>
    </message>
    <message>
        <source>That does not look like a Companies House number: it has 8 characters, e.g. 01234567 or SC123456. Leave it empty if you are not a company.</source>
        <translation>Nid yw hyn yn edrych fel rhif Tŷ&apos;r Cwmnïau: mae gan rifau Tŷ&apos;r Cwmnïau 8 nod, e.e. 01234567 neu SC123456. Gadewch y maes yn wag os nad ydych chi&apos;n gwmni.</translation>
    </message>
    <message>
        <source>This needs an answer.</source>
        <translation>Mae angen ateb yma.</translation>
    </message>
    <message>
        <source>This kind of answer is not known.</source>
        <translation>Nid yw&apos;r math hwn o ateb yn hysbys.</translation>
    </message>
    <message>
        <source>This answer could not be understood; please type it again.</source>
        <translation>Nid oedd modd deall yr ateb hwn; teipiwch ef eto.</translation>
    </message>
    <message>
        <source>{count} characters: this answer holds at most {most}. Shorten it.</source>
        <translation>{count} nod: mae lle i {most} ar y mwyaf yn yr ateb hwn. Byrhewch ef.</translation>
    </message>
    <message>
        <source>{words} words: {over} over the limit of {limit}. You can keep drafting, but shorten it before you send it.</source>
        <translation>{words} gair: {over} dros y terfyn o {limit}. Gallwch barhau i ddrafftio, ond byrhewch ef cyn i chi ei anfon.</translation>
    </message>
    <message>
        <source>That does not look like an email address, e.g. bids@example.org.uk.</source>
        <translation>Nid yw hyn yn edrych fel cyfeiriad e-bost, e.e. bids@example.org.uk.</translation>
    </message>
    <message>
        <source>That does not look like a UK phone number, e.g. 020 7946 0000 or 07700 900123.</source>
        <translation>Nid yw hyn yn edrych fel rhif ffôn yn y DU, e.e. 020 7946 0000 neu 07700 900123.</translation>
    </message>
    <message>
        <source>That does not look like a UK postcode, e.g. CF10 1AA or SW1A 1AA.</source>
        <translation>Nid yw hyn yn edrych fel cod post yn y DU, e.e. CF10 1AA neu SW1A 1AA.</translation>
    </message>
    <message>
        <source>“{typed}”: check the year, and type all four digits, like 2027.</source>
        <translation>“{typed}”: gwiriwch y flwyddyn, a theipiwch bob un o’r pedwar digid, fel 2027.</translation>
    </message>
    <message>
        <source>{label}: {problem}</source>
        <translation>{label}: {problem}</translation>
    </message>
    <message>
        <source>“{typed}” is not a date: there is no month {month} (months go from 1 to 12).</source>
        <translation>Nid yw “{typed}” yn ddyddiad: does dim mis {month} (mae’r misoedd yn mynd o 1 i 12).</translation>
    </message>
    <message>
        <source>“{typed}” is not a date: {month} has {days} days in {year}.</source>
        <translation>Nid yw “{typed}” yn ddyddiad: mae {days} diwrnod ym mis {month} yn {year}.</translation>
    </message>
    <message>
        <source>That does not look like a date. Type it like 31/03/2027.</source>
        <translation>Nid yw hyn yn edrych fel dyddiad. Teipiwch ef fel hyn: 31/03/2027.</translation>
    </message>
    <message>
        <source>Type an amount in pounds, like 12,500 or 12,500.50 (no minus sign).</source>
        <translation>Teipiwch swm mewn punnoedd, fel 12,500 neu 12,500.50 (heb arwydd minws).</translation>
    </message>
    <message>
        <source>Type a whole number, like 12.</source>
        <translation>Teipiwch rif cyfan, fel 12.</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Dewiswch un o&apos;r opsiynau.</translation>
    </message>
    <message>
        <source>Some of the options chosen no longer exist.</source>
        <translation>Nid yw rhai o&apos;r opsiynau a ddewiswyd yn bodoli mwyach.</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>Dewiswch ie neu na.</translation>
    </message>
    <message>
        <source>Choose the documents again from your evidence library.</source>
        <translation>Dewiswch y dogfennau eto o&apos;ch llyfrgell dystiolaeth.</translation>
    </message>
    <message>
        <source>At least {count} are needed: add another {row}.</source>
        <translation>Mae angen o leiaf {count}. Ychwanegwch un arall: {row}.</translation>
    </message>
    <message>
        <source>Add at least {count}.</source>
        <translation>Ychwanegwch o leiaf {count}.</translation>
    </message>
    <message>
        <source>Add no more than {count}.</source>
        <translation>Peidiwch ag ychwanegu mwy na {count}.</translation>
    </message>
    <message>
        <source>Row {number}, {label}: {problem}</source>
        <translation>Rhes {number}, {label}: {problem}</translation>
    </message>
    <message>
        <source>{label}: this kind of value does not fit the question.</source>
        <translation>{label}: nid yw&apos;r math hwn o werth yn addas ar gyfer y cwestiwn.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>1 document</source>
        <translation>1 ddogfen</translation>
    </message>
    <message>
        <source>{count} documents</source>
        <translation>{count} dogfen</translation>
    </message>
    <message>
        <source>{number}. {answers}</source>
        <translation>{number}. {answers}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(gwag)</translation>
    </message>
    <message>
        <source>Buyer&apos;s reference</source>
        <translation>Cyfeirnod y prynwr</translation>
    </message>
    <message>
        <source>Commissioner</source>
        <translation>Comisiynydd</translation>
    </message>
    <message>
        <source>Contract or grant</source>
        <translation>Contract neu grant</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Gwerth</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months} mis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Lots and whether you can bid</source>
        <translation>Lotiau ac a allwch wneud cais</translation>
    </message>
    <message>
        <source>This lot is no longer in the framework information.</source>
        <translation>Nid yw&apos;r lot hwn yng ngwybodaeth y fframwaith mwyach.</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Can you bid?</source>
        <translation>Allwch chi wneud cais?</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pam</translation>
    </message>
    <message>
        <source>No lots chosen yet.</source>
        <translation>Dim lotiau wedi&apos;u dewis eto.</translation>
    </message>
    <message>
        <source>Timetable (UK time)</source>
        <translation>Amserlen (amser y DU)</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Carreg filltir</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>No dates yet.</source>
        <translation>Dim dyddiadau eto.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasgau</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tasg</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>Dim tasgau.</translation>
    </message>
    <message>
        <source>Partners and their roles</source>
        <translation>Partneriaid a&apos;u rolau</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Cyfran</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Gwasanaethau</translation>
    </message>
    <message>
        <source>No partners named on this bid.</source>
        <translation>Dim partneriaid wedi&apos;u henwi ar y cais hwn.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <source>Not weighed yet</source>
        <translation>Heb ei bwyso eto</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Isel</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Canolig</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Uchel</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>Gwneud cais</translation>
    </message>
    <message>
        <source>Do not bid</source>
        <translation>Peidio â gwneud cais</translation>
    </message>
    <message>
        <source>{decision}: the board decided on {day}</source>
        <translation>{decision}: penderfynodd y bwrdd ar {day}</translation>
    </message>
    <message>
        <source>(minute {minute})</source>
        <translation>(cofnod {minute})</translation>
    </message>
    <message>
        <source>TUPE</source>
        <translation>TUPE</translation>
    </message>
    <message>
        <source>The number of staff who may transfer must be from 0 to {limit}.</source>
        <translation>Rhaid i nifer y staff a allai drosglwyddo fod rhwng 0 a {limit}.</translation>
    </message>
    <message>
        <source>Their cost a year must be from nothing to {limit}.</source>
        <translation>Rhaid i&apos;w cost y flwyddyn fod rhwng dim a {limit}.</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risgiau</translation>
    </message>
    <message>
        <source>A view is longer than {limit} characters: shorten it.</source>
        <translation>Mae barn yn hwy na {limit} nod: byrhewch hi.</translation>
    </message>
    <message>
        <source>Choose what the board decided: bid or do not bid.</source>
        <translation>Dewiswch beth benderfynodd y bwrdd: gwneud cais neu beidio.</translation>
    </message>
    <message>
        <source>Give the date of the meeting that decided.</source>
        <translation>Rhowch ddyddiad y cyfarfod a benderfynodd.</translation>
    </message>
    <message>
        <source>The meeting&apos;s date is after today: record the decision once it is made.</source>
        <translation>Mae dyddiad y cyfarfod ar ôl heddiw: cofnodwch y penderfyniad unwaith y caiff ei wneud.</translation>
    </message>
    <message>
        <source>Name the meeting or give the minute reference, so the decision can be found in the minutes.</source>
        <translation>Enwch y cyfarfod neu rhowch gyfeirnod y cofnod, fel y gellir dod o hyd i&apos;r penderfyniad yn y cofnodion.</translation>
    </message>
    <message>
        <source>The meeting&apos;s name and the minute reference must be under {limit} characters.</source>
        <translation>Rhaid i enw&apos;r cyfarfod a chyfeirnod y cofnod fod yn llai na {limit} nod.</translation>
    </message>
    <message>
        <source>The conditions are longer than {limit} characters: shorten them.</source>
        <translation>Mae&apos;r amodau&apos;n hwy na {limit} nod: byrhewch nhw.</translation>
    </message>
    <message>
        <source>The board of trustees, minute {minute}</source>
        <translation>Bwrdd yr ymddiriedolwyr, cofnod {minute}</translation>
    </message>
    <message>
        <source>The board of trustees</source>
        <translation>Bwrdd yr ymddiriedolwyr</translation>
    </message>
    <message>
        <source>No bid</source>
        <translation>Dim cais</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Heb benderfynu eto</translation>
    </message>
    <message>
        <source>1 open</source>
        <translation>1 ar agor</translation>
    </message>
    <message>
        <source>{count} open</source>
        <translation>{count} ar agor</translation>
    </message>
    <message>
        <source>{open}, {overdue}</source>
        <translation>{open}, {overdue}</translation>
    </message>
    <message>
        <source>⚠ 1 overdue</source>
        <translation>⚠ 1 yn hwyr</translation>
    </message>
    <message>
        <source>⚠ {count} overdue</source>
        <translation>⚠ {count} yn hwyr</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Heb sgôr</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Penderfynwyd gan</translation>
    </message>
    <message>
        <source>Checklist score</source>
        <translation>Sgôr y rhestr wirio</translation>
    </message>
    <message>
        <source>Submission deadline</source>
        <translation>Terfyn amser cyflwyno</translation>
    </message>
    <message>
        <source>Bid summary</source>
        <translation>Crynodeb o&apos;r cais</translation>
    </message>
    <message>
        <source>Task: {task}</source>
        <translation>Tasg: {task}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Cyfle</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Terfynau amser</translation>
    </message>
    <message>
        <source>No deadlines yet.</source>
        <translation>Dim terfynau amser eto.</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Y terfyn amser nesaf</translation>
    </message>
    <message>
        <source>1 still open</source>
        <translation>1 yn dal ar agor</translation>
    </message>
    <message>
        <source>{count} still open</source>
        <translation>{count} yn dal ar agor</translation>
    </message>
    <message>
        <source>Deadline calendar</source>
        <translation>Calendr terfynau amser</translation>
    </message>
    <message>
        <source>Every milestone and task by month</source>
        <translation>Pob carreg filltir a thasg fesul mis</translation>
    </message>
    <message>
        <source>Supply chain in {year}</source>
        <translation>Y gadwyn gyflenwi yn {year}</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Dim newidiadau</translation>
    </message>
    <message>
        <source>Charity {number}</source>
        <translation>Elusen {number}</translation>
    </message>
    <message>
        <source>Company {number}</source>
        <translation>Cwmni {number}</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Gwariant</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>To</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Continuing</source>
        <translation>Yn parhau</translation>
    </message>
    <message>
        <source>Changes and the buyer&apos;s permission</source>
        <translation>Newidiadau a chaniatâd y prynwr</translation>
    </message>
    <message>
        <source>Total spend with partners</source>
        <translation>Cyfanswm y gwariant gyda phartneriaid</translation>
    </message>
    <message>
        <source>Bid summary for one opportunity</source>
        <translation>Crynodeb o&apos;r cais ar gyfer un cyfle</translation>
    </message>
    <message>
        <source>Annual supply-chain report</source>
        <translation>Adroddiad blynyddol ar y gadwyn gyflenwi</translation>
    </message>
    <message>
        <source>Trustees&apos; decision paper for one opportunity</source>
        <translation>Papur penderfynu&apos;r ymddiriedolwyr ar gyfer un cyfle</translation>
    </message>
    <message>
        <source>Bid response for internal review</source>
        <translation>Ymateb y cais i&apos;w adolygu&apos;n fewnol</translation>
    </message>
    <message>
        <source>Submission receipt</source>
        <translation>Derbynneb cyflwyno</translation>
    </message>
    <message>
        <source>Costing spreadsheet</source>
        <translation>Taenlen gostio</translation>
    </message>
    <message>
        <source>There is no spreadsheet called &quot;{name}&quot;.</source>
        <translation>Nid oes taenlen o&apos;r enw &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>Partners, spend and key subcontractors in {year}</source>
        <translation>Partneriaid, gwariant ac is-gontractwyr allweddol yn {year}</translation>
    </message>
    <message>
        <source>Where you can bid</source>
        <translation>Lle gallwch wneud cais</translation>
    </message>
    <message>
        <source>✓ can bid as lead · ◐ partner or subcontractor only · ✗ not eligible · — no lot</source>
        <translation>✓ yn gallu gwneud cais fel arweinydd · ◐ partner neu is-gontractwr yn unig · ✗ ddim yn gymwys · — dim lot</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <source>Regions: {regions}</source>
        <translation>Rhanbarthau: {regions}</translation>
    </message>
    <message>
        <source>Every lot and why</source>
        <translation>Pob lot a&apos;r rheswm</translation>
    </message>
    <message>
        <source>Lead: {lead} lots · partner only: {partner} · not eligible: {none}</source>
        <translation>Arweinydd: {lead} lot · partner yn unig: {partner} · ddim yn gymwys: {none}</translation>
    </message>
    <message>
        <source>Eligibility matrix</source>
        <translation>Matrics cymhwystra</translation>
    </message>
    <message>
        <source>Which lots you can bid for, and why</source>
        <translation>Pa lotiau y gallwch wneud cais amdanynt, a pham</translation>
    </message>
    <message>
        <source>{organisation}: bid deadlines</source>
        <translation>{organisation}: terfynau amser ceisiadau</translation>
    </message>
    <message>
        <source>Task: {task}{owner}</source>
        <translation>Tasg: {task}{owner}</translation>
    </message>
    <message>
        <source>Buyer reference: {reference}</source>
        <translation>Cyfeirnod y prynwr: {reference}</translation>
    </message>
    <message>
        <source>Reminder: {summary}</source>
        <translation>Nodyn atgoffa: {summary}</translation>
    </message>
    <message>
        <source>No opportunity has the reference or number &quot;{wanted}&quot;.</source>
        <translation>Does dim cyfle â&apos;r cyfeirnod na&apos;r rhif &quot;{wanted}&quot;.</translation>
    </message>
    <message>
        <source>There is no document called &quot;{name}&quot;.</source>
        <translation>Does dim dogfen o&apos;r enw &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <source>{covered} of {marks}</source>
        <translation>{covered} o {marks}</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Cwestiynau ac atebion</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cyfrif</translation>
    </message>
    <message>
        <source>Weighting</source>
        <translation>Pwysoliad</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Heb ei ateb eto.</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Cwestiynau wedi&apos;u hateb</translation>
    </message>
    <message>
        <source>Marks covered by final answers</source>
        <translation>Marciau a gwmpesir gan atebion terfynol</translation>
    </message>
    <message>
        <source>To put right before submitting</source>
        <translation>I&apos;w gywiro cyn cyflwyno</translation>
    </message>
    <message>
        <source>Bid response</source>
        <translation>Ymateb y cais</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eitem</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Cipolwg</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Cynnwys</translation>
    </message>
    <message>
        <source>Made on {day} with {app}</source>
        <translation>Crëwyd ar {day} gyda {app}</translation>
    </message>
    <message>
        <source>The framework&apos;s names in English</source>
        <translation>Enwau&apos;r fframwaith yn Saesneg</translation>
    </message>
    <message>
        <source>The framework publishes these names in English only: their Welsh in this document is this app&apos;s own translation. Use the English name when you write to the buyer.</source>
        <translation>Mae&apos;r fframwaith yn cyhoeddi&apos;r enwau hyn yn Saesneg yn unig: cyfieithiad yr ap ei hun yw&apos;r Gymraeg yn y ddogfen hon. Defnyddiwch yr enw Saesneg pan fyddwch chi&apos;n ysgrifennu at y prynwr.</translation>
    </message>
    <message>
        <source>In this document</source>
        <translation>Yn y ddogfen hon</translation>
    </message>
    <message>
        <source>The framework&apos;s own name</source>
        <translation>Enw&apos;r fframwaith ei hun</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Tudalen {page} o {total}</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Heb ei ateb eto</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(a document no longer in the library)</source>
        <translation>(dogfen nad yw yn y llyfrgell mwyach)</translation>
    </message>
    <message>
        <source>({words} of {limit} words)</source>
        <translation>({words} o {limit} gair)</translation>
    </message>
    <message>
        <source>⚠ {problem}</source>
        <translation>⚠ {problem}</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>{answered} of {required} required answers</source>
        <translation>{answered} o {required} ateb gofynnol</translation>
    </message>
    <message>
        <source>The PPON, the date the supplier information was last confirmed and the share codes given are in the supplier registration part above, where they are kept once.</source>
        <translation>Mae&apos;r PPON, y dyddiad y cadarnhawyd gwybodaeth y cyflenwr ddiwethaf a&apos;r codau rhannu a roddwyd yn y rhan cofrestru fel cyflenwr uchod, lle cânt eu cadw unwaith.</translation>
    </message>
    <message>
        <source>Nothing to answer in this section.</source>
        <translation>Does dim i&apos;w ateb yn yr adran hon.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>None added yet: add your policies, accounts and insurance certificates.</source>
        <translation>Dim wedi&apos;i ychwanegu eto: ychwanegwch eich polisïau, eich cyfrifon a&apos;ch tystysgrifau yswiriant.</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>a {count} arall</translation>
    </message>
    <message>
        <source>needs an answer</source>
        <translation>angen ateb</translation>
    </message>
    <message>
        <source>over the word limit</source>
        <translation>dros y terfyn geiriau</translation>
    </message>
    <message>
        <source>needs correcting</source>
        <translation>angen ei gywiro</translation>
    </message>
    <message>
        <source>No documents in the evidence library yet.</source>
        <translation>Does dim dogfennau yn y llyfrgell dystiolaeth eto.</translation>
    </message>
    <message>
        <source>✓ In date</source>
        <translation>✓ Yn ddilys</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dogfen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Cyhoeddwyd</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Yn ddilys tan</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Heb ei gofnodi eto</translation>
    </message>
    <message>
        <source>✓ Complete: every answer is in and checked, and the evidence is in date.</source>
        <translation>✓ Yn gyflawn: mae pob ateb i mewn ac wedi&apos;i wirio, ac mae&apos;r dystiolaeth yn ddilys.</translation>
    </message>
    <message>
        <source>Still to do before this pack is complete</source>
        <translation>I&apos;w wneud cyn bod y pecyn hwn yn gyflawn</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <source>Draft — not complete</source>
        <translation>Drafft — heb ei gwblhau</translation>
    </message>
    <message>
        <source>Working copy, with drafting notes</source>
        <translation>Copi gweithio, gyda nodiadau drafftio</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>I&apos;w wneud o hyd</translation>
    </message>
    <message>
        <source>1 thing: see the summary</source>
        <translation>1 peth: gweler y crynodeb</translation>
    </message>
    <message>
        <source>{count} things: see the summary</source>
        <translation>{count} peth: gweler y crynodeb</translation>
    </message>
    <message>
        <source>Nothing: the pack is complete</source>
        <translation>Dim: mae&apos;r pecyn yn gyflawn</translation>
    </message>
    <message>
        <source>Buyer&apos;s decision</source>
        <translation>Penderfyniad y prynwr</translation>
    </message>
    <message>
        <source>Qualification pack</source>
        <translation>Pecyn cymhwyso</translation>
    </message>
    <message>
        <source>Organisation profile, selection questionnaire, evidence and portal journey</source>
        <translation>Proffil y sefydliad, holiadur dethol, tystiolaeth a thaith y porth</translation>
    </message>
    <message>
        <source>Organisation profile, supplier registration, Procurement Specific Questionnaire, exclusions, evidence and portal journey</source>
        <translation>Proffil y sefydliad, cofrestru fel cyflenwr, Holiadur Caffael Penodol, gwaharddiadau, tystiolaeth a thaith y porth</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Mewnbynnau</translation>
    </message>
    <message>
        <source>Costing: {title}</source>
        <translation>Costio: {title}</translation>
    </message>
    <message>
        <source>Change a figure in column B: every other sheet is worked out from these.</source>
        <translation>Newidiwch ffigur yng ngholofn B: caiff pob dalen arall ei chyfrifo o&apos;r rhain.</translation>
    </message>
    <message>
        <source>Contract length (months)</source>
        <translation>Hyd y contract (misoedd)</translation>
    </message>
    <message>
        <source>Price you will bid (£)</source>
        <translation>Y pris y byddwch yn ei gynnig (£)</translation>
    </message>
    <message>
        <source>Empty: the opportunity&apos;s value is used, or the full cost when there is no value</source>
        <translation>Gwag: defnyddir gwerth y cyfle, neu&apos;r gost lawn pan nad oes gwerth</translation>
    </message>
    <message>
        <source>Opportunity&apos;s value (£)</source>
        <translation>Gwerth y cyfle (£)</translation>
    </message>
    <message>
        <source>The opportunity has no value yet</source>
        <translation>Nid oes gwerth i&apos;r cyfle eto</translation>
    </message>
    <message>
        <source>People or sessions a year</source>
        <translation>Pobl neu sesiynau y flwyddyn</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Uned</translation>
    </message>
    <message>
        <source>Days after the month&apos;s end the buyer pays</source>
        <translation>Diwrnodau ar ôl diwedd y mis y mae&apos;r prynwr yn talu</translation>
    </message>
    <message>
        <source>VAT can be recovered (1 yes, 0 no)</source>
        <translation>Gellir adennill TAW (1 ie, 0 na)</translation>
    </message>
    <message>
        <source>Pays the apprenticeship levy (1 yes, 0 no)</source>
        <translation>Yn talu&apos;r ardoll brentisiaethau (1 ie, 0 na)</translation>
    </message>
    <message>
        <source>Free reserves (£), from the profile</source>
        <translation>Cronfeydd wrth gefn rhydd (£), o&apos;r proffil</translation>
    </message>
    <message>
        <source>Rates for {year}</source>
        <translation>Cyfraddau ar gyfer {year}</translation>
    </message>
    <message>
        <source>Employer National Insurance rate</source>
        <translation>Cyfradd Yswiriant Gwladol y cyflogwr</translation>
    </message>
    <message>
        <source>Employer NI threshold a year, per person (£)</source>
        <translation>Trothwy Yswiriant Gwladol y cyflogwr y flwyddyn, y pen (£)</translation>
    </message>
    <message>
        <source>Apprenticeship levy rate</source>
        <translation>Cyfradd yr ardoll brentisiaethau</translation>
    </message>
    <message>
        <source>VAT: {treatment}</source>
        <translation>TAW: {treatment}</translation>
    </message>
    <message>
        <source>Central costs a year (£)</source>
        <translation>Costau canolog y flwyddyn (£)</translation>
    </message>
    <message>
        <source>Shared by ({codes})</source>
        <translation>Wedi&apos;u rhannu yn ôl ({codes})</translation>
    </message>
    <message>
        <source>The whole charity&apos;s figure (FTE, direct costs a year in £, or m²)</source>
        <translation>Ffigur yr elusen gyfan (cyfwerth ag amser llawn, costau uniongyrchol y flwyddyn mewn £, neu m²)</translation>
    </message>
    <message>
        <source>The contract&apos;s floor space (m²)</source>
        <translation>Arwynebedd llawr y contract (m²)</translation>
    </message>
    <message>
        <source>Salary a year, year 1 (£)</source>
        <translation>Cyflog y flwyddyn, blwyddyn 1 (£)</translation>
    </message>
    <message>
        <source>Pension %</source>
        <translation>Pensiwn %</translation>
    </message>
    <message>
        <source>Start month</source>
        <translation>Mis cychwyn</translation>
    </message>
    <message>
        <source>Rise a year %</source>
        <translation>Cynnydd y flwyddyn %</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Pay a year, this year (£)</source>
        <translation>Cyflog y flwyddyn, eleni (£)</translation>
    </message>
    <message>
        <source>Pay (£)</source>
        <translation>Cyflog (£)</translation>
    </message>
    <message>
        <source>Employer NI (£)</source>
        <translation>Yswiriant Gwladol y cyflogwr (£)</translation>
    </message>
    <message>
        <source>Pension (£)</source>
        <translation>Pensiwn (£)</translation>
    </message>
    <message>
        <source>Levy (£)</source>
        <translation>Ardoll (£)</translation>
    </message>
    <message>
        <source>Total (£)</source>
        <translation>Cyfanswm (£)</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>Mis cyntaf</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mis olaf</translation>
    </message>
    <message>
        <source>Non-staff</source>
        <translation>Heblaw staff</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>Amount a year, or once (£)</source>
        <translation>Swm y flwyddyn, neu unwaith (£)</translation>
    </message>
    <message>
        <source>VAT treatment</source>
        <translation>Trin TAW</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Cyfradd TAW</translation>
    </message>
    <message>
        <source>Once only (1 yes)</source>
        <translation>Unwaith yn unig (1 ie)</translation>
    </message>
    <message>
        <source>Cost before rounding (£)</source>
        <translation>Cost cyn talgrynnu (£)</translation>
    </message>
    <message>
        <source>Cost (£)</source>
        <translation>Cost (£)</translation>
    </message>
    <message>
        <source>VAT you cannot recover (£)</source>
        <translation>TAW na allwch ei hadennill (£)</translation>
    </message>
    <message>
        <source>Contract months</source>
        <translation>Misoedd y contract</translation>
    </message>
    <message>
        <source>Direct costs (£)</source>
        <translation>Costau uniongyrchol (£)</translation>
    </message>
    <message>
        <source>Staff years (FTE)</source>
        <translation>Blynyddoedd staff (cyfwerth ag amser llawn)</translation>
    </message>
    <message>
        <source>Share of central costs</source>
        <translation>Cyfran o&apos;r costau canolog</translation>
    </message>
    <message>
        <source>Overheads (£)</source>
        <translation>Gorbenion (£)</translation>
    </message>
    <message>
        <source>Shared by: {method}</source>
        <translation>Wedi&apos;u rhannu yn ôl: {method}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>Salaries (£)</source>
        <translation>Cyflogau (£)</translation>
    </message>
    <message>
        <source>Staff with on-costs (£)</source>
        <translation>Staff gyda chostau ychwanegol (£)</translation>
    </message>
    <message>
        <source>Other costs (£)</source>
        <translation>Costau eraill (£)</translation>
    </message>
    <message>
        <source>Full cost (£)</source>
        <translation>Cost lawn (£)</translation>
    </message>
    <message>
        <source>Price (£)</source>
        <translation>Pris (£)</translation>
    </message>
    <message>
        <source>The price you will bid; the opportunity&apos;s value when none is set</source>
        <translation>Y pris y byddwch yn ei gynnig; gwerth y cyfle pan na osodir un</translation>
    </message>
    <message>
        <source>The price in pence (split across the months)</source>
        <translation>Y pris mewn ceiniogau (wedi&apos;i rannu ar draws y misoedd)</translation>
    </message>
    <message>
        <source>Margin: price less full cost (£)</source>
        <translation>Maint yr elw: y pris llai&apos;r gost lawn (£)</translation>
    </message>
    <message>
        <source>Below nought: the charity pays the difference itself</source>
        <translation>Islaw dim: mae&apos;r elusen yn talu&apos;r gwahaniaeth ei hun</translation>
    </message>
    <message>
        <source>Price per unit (£)</source>
        <translation>Pris yr uned (£)</translation>
    </message>
    <message>
        <source>Price less the opportunity&apos;s value (£)</source>
        <translation>Y pris llai gwerth y cyfle (£)</translation>
    </message>
    <message>
        <source>Spent (£)</source>
        <translation>Wedi&apos;i wario (£)</translation>
    </message>
    <message>
        <source>Paid to you (£)</source>
        <translation>Wedi&apos;i dalu i chi (£)</translation>
    </message>
    <message>
        <source>Running balance (£)</source>
        <translation>Balans cyfredol (£)</translation>
    </message>
    <message>
        <source>Months paid late</source>
        <translation>Misoedd o oedi cyn talu</translation>
    </message>
    <message>
        <source>Lowest point (£)</source>
        <translation>Y pwynt isaf (£)</translation>
    </message>
    <message>
        <source>In month</source>
        <translation>Ym mis</translation>
    </message>
    <message>
        <source>Needed from the free reserves (£)</source>
        <translation>Sydd ei angen o&apos;r cronfeydd wrth gefn rhydd (£)</translation>
    </message>
    <message>
        <source>Do the free reserves cover it?</source>
        <translation>A yw&apos;r cronfeydd wrth gefn rhydd yn ei dalu?</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Y cam nesaf</translation>
    </message>
    <message>
        <source>Questions, limits and attachments</source>
        <translation>Cwestiynau, terfynau ac atodiadau</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>O fewn</translation>
    </message>
    <message>
        <source>Nothing found to put right.</source>
        <translation>Dim byd i&apos;w gywiro.</translation>
    </message>
    <message>
        <source>Within their limits</source>
        <translation>O fewn eu terfynau</translation>
    </message>
    <message>
        <source>Compliance matrix</source>
        <translation>Matrics cydymffurfio</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Beth i&apos;w wneud</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lotiau</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>Pa mor sicr</translation>
    </message>
    <message>
        <source>Not yet under a framework</source>
        <translation>Heb fod o dan fframwaith eto</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Teulu</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorïau</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Rhanbarth</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Cymhwystra</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Cyfleoedd</translation>
    </message>
    <message>
        <source>Task for {opportunity}</source>
        <translation>Tasg ar gyfer {opportunity}</translation>
    </message>
    <message>
        <source>Step {number}: {title}</source>
        <translation>Cam {number}: {title}</translation>
    </message>
    <message>
        <source>Portal journey · notes</source>
        <translation>Taith y porth · nodiadau</translation>
    </message>
    <message>
        <source>Bid writing · {opportunity}</source>
        <translation>Ysgrifennu&apos;r cais · {opportunity}</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Misoedd</translation>
    </message>
    <message>
        <source>Submission deadline (UK)</source>
        <translation>Terfyn amser cyflwyno (amser y DU)</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Adolygu erbyn</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>In date</source>
        <translation>Yn ddilys</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partneriaid</translation>
    </message>
    <message>
        <source>Charity number</source>
        <translation>Rhif elusen</translation>
    </message>
    <message>
        <source>Company number</source>
        <translation>Rhif cwmni</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Blwyddyn</translation>
    </message>
    <message>
        <source>1 evidence file</source>
        <translation>1 ffeil dystiolaeth</translation>
    </message>
    <message>
        <source>{count} evidence files</source>
        <translation>{count} ffeil dystiolaeth</translation>
    </message>
    <message>
        <source>Exported the database and {files} to {file}.</source>
        <translation>Wedi allforio&apos;r gronfa ddata a {files} i {file}.</translation>
    </message>
    <message>
        <source>{file} is not a Framework Ready export (it is not a zip file).</source>
        <translation>Nid yw {file} yn ffeil allforio Framework Ready (nid yw&apos;n ffeil zip).</translation>
    </message>
    <message>
        <source>{file} is damaged: part of it cannot be read ({reason}). Make the export again from the other computer.</source>
        <translation>Mae {file} wedi&apos;i ddifrodi: ni ellir darllen rhan ohono ({reason}). Gwnewch yr allforyn eto o&apos;r cyfrifiadur arall.</translation>
    </message>
    <message>
        <source>The archive holds two files with the same name.</source>
        <translation>Mae&apos;r archif yn cynnwys dwy ffeil â&apos;r un enw.</translation>
    </message>
    <message>
        <source>{file} is not a Framework Ready export (it has no manifest).</source>
        <translation>Nid yw {file} yn ffeil allforio Framework Ready (does dim maniffest ynddi).</translation>
    </message>
    <message>
        <source>The archive&apos;s contents do not match its manifest: files were added or removed.</source>
        <translation>Nid yw cynnwys yr archif yn cyfateb i&apos;w maniffest: cafodd ffeiliau eu hychwanegu neu eu tynnu.</translation>
    </message>
    <message>
        <source>The archive has no database in it.</source>
        <translation>Does dim cronfa ddata yn yr archif.</translation>
    </message>
    <message>
        <source>The archive holds a file named &quot;{name}&quot; that would be saved outside the app&apos;s folder. It was refused.</source>
        <translation>Mae&apos;r archif yn cynnwys ffeil o&apos;r enw &quot;{name}&quot; a fyddai&apos;n cael ei chadw y tu allan i ffolder yr ap. Fe&apos;i gwrthodwyd.</translation>
    </message>
    <message>
        <source>The archive holds a link (&quot;{name}&quot;); links are refused.</source>
        <translation>Mae&apos;r archif yn cynnwys dolen (&quot;{name}&quot;); mae dolenni&apos;n cael eu gwrthod.</translation>
    </message>
    <message>
        <source>The archive holds a file this app did not put there: &quot;{name}&quot;.</source>
        <translation>Mae&apos;r archif yn cynnwys ffeil na chafodd ei rhoi yno gan yr ap hwn: &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; would unpack to far more than it takes in the archive (a zip bomb). It was refused.</source>
        <translation>Byddai &quot;{name}&quot; yn dadbacio i lawer mwy o le nag y mae&apos;n ei gymryd yn yr archif (bom zip). Fe&apos;i gwrthodwyd.</translation>
    </message>
    <message>
        <source>The archive&apos;s manifest cannot be read.</source>
        <translation>Nid oes modd darllen maniffest yr archif.</translation>
    </message>
    <message>
        <source>This is not a Framework Ready export.</source>
        <translation>Nid ffeil allforio Framework Ready yw hon.</translation>
    </message>
    <message>
        <source>The archive does not say which version made it.</source>
        <translation>Nid yw&apos;r archif yn dweud pa fersiwn a&apos;i chreodd.</translation>
    </message>
    <message>
        <source>The archive was made by a newer version of Framework Ready (version {version}). Install the newest version to import it.</source>
        <translation>Cafodd yr archif ei chreu gan fersiwn mwy newydd o Framework Ready (fersiwn {version}). Gosodwch y fersiwn diweddaraf i&apos;w mewnforio.</translation>
    </message>
    <message>
        <source>The archive would unpack to more than 4 GB.</source>
        <translation>Byddai&apos;r archif yn dadbacio i fwy na 4 GB.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not what the manifest says it should be (its checksum differs): the archive is damaged or was changed.</source>
        <translation>Nid yw &quot;{name}&quot; yr hyn y mae&apos;r maniffest yn dweud y dylai fod (mae ei swm gwirio yn wahanol): mae&apos;r archif wedi&apos;i difrodi neu wedi cael ei newid.</translation>
    </message>
    <message>
        <source>The database in the archive is damaged: {problem}</source>
        <translation>Mae&apos;r gronfa ddata yn yr archif wedi&apos;i difrodi: {problem}</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Ym mhobman</translation>
    </message>
    <message>
        <source>Go to {page}</source>
        <translation>Mynd i {page}</translation>
    </message>
    <message>
        <source>Find anything you have typed or stored, and go to it</source>
        <translation>Dod o hyd i unrhyw beth rydych chi wedi&apos;i deipio neu ei gadw, a mynd ato</translation>
    </message>
    <message>
        <source>Undo or redo typing in the box you are in</source>
        <translation>Dadwneud neu ail-wneud teipio yn y blwch rydych chi ynddo</translation>
    </message>
    <message>
        <source>Cut, copy or paste in the box you are in</source>
        <translation>Torri, copïo neu ludo yn y blwch rydych chi ynddo</translation>
    </message>
    <message>
        <source>Show this list of keyboard shortcuts</source>
        <translation>Dangos y rhestr hon o fysellau hwylus</translation>
    </message>
    <message>
        <source>Close Framework Ready (your work is already saved)</source>
        <translation>Cau Framework Ready (mae eich gwaith wedi&apos;i gadw yn barod)</translation>
    </message>
    <message>
        <source>Open the menus; Alt with an underlined letter presses that button or moves to that box</source>
        <translation>Agor y dewislenni; mae Alt gyda llythyren wedi&apos;i thanlinellu yn pwyso&apos;r botwm hwnnw neu&apos;n symud i&apos;r blwch hwnnw</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Move to the next or the previous control</source>
        <translation>Symud i&apos;r rheolydd nesaf neu&apos;r un blaenorol</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Bysellau saeth</translation>
    </message>
    <message>
        <source>Move in lists, tables and the page list on the left</source>
        <translation>Symud mewn rhestrau, tablau a&apos;r rhestr tudalennau ar y chwith</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Bylchwr</translation>
    </message>
    <message>
        <source>Press the button or tick the box that has the focus</source>
        <translation>Pwyso&apos;r botwm neu dicio&apos;r blwch sydd â&apos;r ffocws</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the chosen line; in a window, press its main button</source>
        <translation>Agor y llinell a ddewiswyd; mewn ffenestr, pwyso&apos;i phrif fotwm</translation>
    </message>
    <message>
        <source>Close a window without doing anything</source>
        <translation>Cau ffenestr heb wneud dim</translation>
    </message>
    <message>
        <source>Add an opportunity</source>
        <translation>Ychwanegu cyfle</translation>
    </message>
    <message>
        <source>Add a partner</source>
        <translation>Ychwanegu partner</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Ychwanegu dogfen</translation>
    </message>
    <message>
        <source>Evidence library</source>
        <translation>Llyfrgell dystiolaeth</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heddiw</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>1 diwrnod yn ôl</translation>
    </message>
    <message>
        <source>{count} days ago</source>
        <translation>{count} diwrnod yn ôl</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>1 diwrnod ar ôl</translation>
    </message>
    <message>
        <source>{count} days left</source>
        <translation>{count} diwrnod ar ôl</translation>
    </message>
    <message>
        <source>None coming up</source>
        <translation>Dim ar y gweill</translation>
    </message>
    <message>
        <source>{milestone}, {opportunity}: {when} ({left})</source>
        <translation>{milestone}, {opportunity}: {when} ({left})</translation>
    </message>
    <message>
        <source>{file} is damaged or cannot be read; choose another backup.</source>
        <translation>Mae {file} wedi&apos;i ddifrodi neu ni ellir ei ddarllen; dewiswch gopi wrth gefn arall.</translation>
    </message>
    <message>
        <source>The disk that holds {folder} is full, so Framework Ready cannot work with your data there. Your data has not been changed. Free some space on that disk (empty the recycle bin, move large files elsewhere), then try again.</source>
        <translation>Mae&apos;r ddisg sy&apos;n dal {folder} yn llawn, felly ni all Framework Ready weithio gyda&apos;ch data yno. Nid yw&apos;ch data wedi&apos;i newid. Rhyddhewch ychydig o le ar y ddisg honno (gwagiwch y bin ailgylchu, symudwch ffeiliau mawr i rywle arall), yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>{file} is on a disk that can only be read (a read-only drive or share).</source>
        <translation>Mae {file} ar ddisg y gellir ei darllen yn unig (gyriant neu gyfran darllen yn unig).</translation>
    </message>
    <message>
        <source>The folder that holds {file} is read-only.</source>
        <translation>Mae&apos;r ffolder sy&apos;n dal {file} yn ddarllen yn unig.</translation>
    </message>
    <message>
        <source>{file} is read-only.</source>
        <translation>Mae {file} yn ddarllen yn unig.</translation>
    </message>
    <message>
        <source>Framework Ready can show it but cannot save changes to it. To change it, make it writable again (in its Properties), or copy it to a folder you can save in.</source>
        <translation>Gall Framework Ready ei dangos ond ni all gadw newidiadau iddi. I&apos;w newid, gwnewch hi&apos;n bosibl ysgrifennu iddi eto (yn ei Phriodweddau), neu copïwch hi i ffolder y gallwch gadw ynddi.</translation>
    </message>
    <message>
        <source>Your user account is not allowed to open {file}. Your data has not been changed. Ask whoever looks after this computer to give you access, or choose another file.</source>
        <translation>Nid yw&apos;ch cyfrif defnyddiwr yn cael agor {file}. Nid yw&apos;ch data wedi&apos;i newid. Gofynnwch i bwy bynnag sy&apos;n gofalu am y cyfrifiadur hwn roi mynediad i chi, neu dewiswch ffeil arall.</translation>
    </message>
    <message>
        <source>{file} is damaged ({reason}). It has not been changed. You can put back the newest backup that is not damaged; the damaged file is kept aside.</source>
        <translation>Mae {file} wedi&apos;i ddifrodi ({reason}). Nid yw wedi&apos;i newid. Gallwch roi&apos;r copi wrth gefn diweddaraf heb ei ddifrodi yn ôl; cedwir y ffeil a ddifrodwyd o&apos;r neilltu.</translation>
    </message>
    <message>
        <source>The computer could not read or write {file} ({reason}). Your data has not been changed. If the file is on a memory stick or a network drive, check it is still connected; then try again.</source>
        <translation>Nid oedd y cyfrifiadur yn gallu darllen nac ysgrifennu {file} ({reason}). Nid yw&apos;ch data wedi&apos;i newid. Os yw&apos;r ffeil ar gof bach neu yriant rhwydwaith, gwiriwch ei fod wedi&apos;i gysylltu o hyd; yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Another program is using {file} at the moment. Nothing was changed. Close Framework Ready in the other window (or wait for the other command to finish), then try again.</source>
        <translation>Mae rhaglen arall yn defnyddio {file} ar hyn o bryd. Ni newidiwyd dim. Caewch Framework Ready yn y ffenestr arall (neu arhoswch i&apos;r gorchymyn arall orffen), yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The disk that holds {folder} is full, so {file} was not saved. Free some space on that disk, or choose another place.</source>
        <translation>Mae&apos;r ddisg sy&apos;n dal {folder} yn llawn, felly ni chadwyd {file}. Rhyddhewch ychydig o le ar y ddisg honno, neu dewiswch le arall.</translation>
    </message>
    <message>
        <source>{folder} can only be read, so {file} was not saved there. Choose another folder.</source>
        <translation>Gellir darllen {folder} yn unig, felly ni chadwyd {file} yno. Dewiswch ffolder arall.</translation>
    </message>
    <message>
        <source>You are not allowed to save in {folder}, so {file} was not saved. Choose another folder.</source>
        <translation>Nid ydych yn cael cadw yn {folder}, felly ni chadwyd {file}. Dewiswch ffolder arall.</translation>
    </message>
    <message>
        <source>Someone else is bringing the team database up to date; try again in a moment.</source>
        <translation>Mae rhywun arall yn diweddaru cronfa ddata&apos;r tîm; rhowch gynnig arall arni mewn munud.</translation>
    </message>
    <message>
        <source>This version of Framework Ready needs to update the file before it can show it, and cannot while it is read-only.</source>
        <translation>Mae angen i&apos;r fersiwn hon o Framework Ready ddiweddaru&apos;r ffeil cyn y gall ei dangos, ac ni all wneud hynny tra bo&apos;n ddarllen yn unig.</translation>
    </message>
    <message>
        <source>Your database is missing from {file}, but its folder shows it was there (backups, kept copies or evidence files). Framework Ready will not start an empty one in its place. Put back the newest sound copy with: {command}</source>
        <translation>Mae&apos;ch cronfa ddata ar goll o {file}, ond mae ei ffolder yn dangos ei bod yno (copïau wrth gefn, copïau a gadwyd neu ffeiliau tystiolaeth). Ni fydd Framework Ready yn dechrau un wag yn ei lle. Rhowch y copi diweddaraf heb ei ddifrodi yn ôl gyda: {command}</translation>
    </message>
    <message>
        <source>The file to put in place is not a database. Nothing was changed.</source>
        <translation>Nid cronfa ddata yw&apos;r ffeil i&apos;w rhoi yn ei lle. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The file to put in place cannot be read ({reason}). Nothing was changed.</source>
        <translation>Ni ellir darllen y ffeil i&apos;w rhoi yn ei lle ({reason}). Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The file to put in place is damaged ({reason}). Nothing was changed.</source>
        <translation>Mae&apos;r ffeil i&apos;w rhoi yn ei lle wedi&apos;i difrodi ({reason}). Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The file to put in place was not made by Framework Ready. Nothing was changed.</source>
        <translation>Nid Framework Ready a wnaeth y ffeil i&apos;w rhoi yn ei lle. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The file to put in place was saved by a newer version of Framework Ready. Install the newest version first; nothing was changed.</source>
        <translation>Cadwyd y ffeil i&apos;w rhoi yn ei lle gan fersiwn mwy newydd o Framework Ready. Gosodwch y fersiwn diweddaraf yn gyntaf; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Framework Ready is open with {file} in another window, or another command is changing it. Nothing was changed. Close Framework Ready (or wait for the other command), then try again; or do this from Settings in that window.</source>
        <translation>Mae Framework Ready ar agor gyda {file} mewn ffenestr arall, neu mae gorchymyn arall yn ei newid. Ni newidiwyd dim. Caewch Framework Ready (neu arhoswch am y gorchymyn arall), yna rhowch gynnig arall arni; neu gwnewch hyn o&apos;r Gosodiadau yn y ffenestr honno.</translation>
    </message>
    <message>
        <source>Nothing was changed. {reason}</source>
        <translation>Ni newidiwyd dim. {reason}</translation>
    </message>
    <message>
        <source>The connection to the team database at {where} was lost, so nothing was changed. Check the server is running and the network is up, then try again.</source>
        <translation>Collwyd y cysylltiad â chronfa ddata&apos;r tîm yn {where}, felly ni newidiwyd dim. Gwiriwch fod y gweinydd yn rhedeg a bod y rhwydwaith yn gweithio, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Someone else is importing answers for this organisation; try again in a moment.</source>
        <translation>Mae rhywun arall yn mewnforio atebion ar gyfer y sefydliad hwn; rhowch gynnig arall arni mewn munud.</translation>
    </message>
    <message>
        <source>Someone else is setting up the sample charity in this database; try again in a moment.</source>
        <translation>Mae rhywun arall yn creu&apos;r elusen enghreifftiol yn y gronfa ddata hon; rhowch gynnig arall arni mewn munud.</translation>
    </message>
    <message>
        <source>{file} is on a network drive ({where}), so Framework Ready will not open it: on a shared drive the database&apos;s locking is not reliable, and two computers can damage the file between them. It has not been opened or changed. Copy it to a folder on this computer&apos;s own disk; or, for several people to share one database, use team mode (a shared database server).</source>
        <translation>Mae {file} ar yriant rhwydwaith ({where}), felly ni fydd Framework Ready yn ei hagor: ar yriant a rennir nid yw cloi&apos;r gronfa ddata yn ddibynadwy, a gall dau gyfrifiadur niweidio&apos;r ffeil rhyngddynt. Nid yw wedi&apos;i hagor na&apos;i newid. Copïwch hi i ffolder ar ddisg y cyfrifiadur hwn ei hun; neu, i sawl person rannu un gronfa ddata, defnyddiwch y modd tîm (gweinydd cronfa ddata a rennir).</translation>
    </message>
    <message>
        <source>The folder that holds {file} has too long a path for Windows on this computer: it opens paths of up to {limit} characters, and the backups and evidence files Framework Ready keeps beside the database would need {length}. Nothing was changed. Choose a folder with a shorter path, or ask whoever looks after this computer to turn on long paths in Windows.</source>
        <translation>Mae llwybr y ffolder sy&apos;n dal {file} yn rhy hir i Windows ar y cyfrifiadur hwn: mae&apos;n agor llwybrau hyd at {limit} nod, a byddai&apos;r copïau wrth gefn a&apos;r ffeiliau tystiolaeth y mae Framework Ready yn eu cadw wrth ymyl y gronfa ddata angen {length}. Ni newidiwyd dim byd. Dewiswch ffolder â llwybr byrrach, neu gofynnwch i bwy bynnag sy&apos;n gofalu am y cyfrifiadur hwn droi llwybrau hir ymlaen yn Windows.</translation>
    </message>
    <message>
        <source>Your database is in a folder that {service} copies ({folder}). A sync tool can copy the file while Framework Ready is saving to it, and bring back an older or damaged copy. Keep the database in a folder that is not synced (the app&apos;s own data folder is the usual place); to keep a copy in {service}, save an export there (Settings, &quot;Export everything to one file&quot;).</source>
        <translation>Mae eich cronfa ddata mewn ffolder y mae {service} yn ei chopïo ({folder}). Gall offeryn cysoni gopïo&apos;r ffeil tra bo Framework Ready yn cadw iddi, a dod â chopi hŷn neu wedi&apos;i niweidio yn ôl. Cadwch y gronfa ddata mewn ffolder nad yw&apos;n cael ei chysoni (ffolder data&apos;r ap ei hun yw&apos;r lle arferol); i gadw copi yn {service}, cadwch allforiad yno (Gosodiadau, &quot;Allforio popeth i un ffeil&quot;).</translation>
    </message>
    <message>
        <source>This is a spreadsheet with macros, which Framework Ready does not open. Save it from your spreadsheet program as an ordinary .xlsx workbook, or as .csv.</source>
        <translation>Taenlen â macros yw hon, ac nid yw Framework Ready yn agor y rheini. Cadwch hi o&apos;ch rhaglen taenlenni fel llyfr gwaith .xlsx cyffredin, neu fel .csv.</translation>
    </message>
    <message>
        <source>This is the old Excel format (.xls). Save it from your spreadsheet program as a .xlsx workbook, or as .csv, and import that.</source>
        <translation>Hen fformat Excel (.xls) yw hwn. Cadwch ef o&apos;ch rhaglen taenlenni fel llyfr gwaith .xlsx, neu fel .csv, a mewnforiwch hwnnw.</translation>
    </message>
    <message>
        <source>This file is larger than {size} MB, far more than a list of questions needs. Check it is the right file.</source>
        <translation>Mae&apos;r ffeil hon yn fwy na {size} MB, llawer mwy nag sydd ei angen ar restr o gwestiynau. Gwiriwch mai dyma&apos;r ffeil gywir.</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation>Nid oedd modd darllen y ffeil: {reason}</translation>
    </message>
    <message>
        <source>This is not a text file, so it cannot be read as .csv.</source>
        <translation>Nid ffeil testun yw hon, felly ni ellir ei darllen fel .csv.</translation>
    </message>
    <message>
        <source>This file is not laid out as a .csv file (its quotes do not match).</source>
        <translation>Nid yw&apos;r ffeil hon wedi&apos;i gosod fel ffeil .csv (nid yw ei dyfynodau&apos;n cyfateb).</translation>
    </message>
    <message>
        <source>This workbook is protected with a password (or is in an old format). Open it in your spreadsheet program, remove the password, save it as .xlsx and import that.</source>
        <translation>Mae&apos;r llyfr gwaith hwn wedi&apos;i ddiogelu â chyfrinair (neu mae mewn hen fformat). Agorwch ef yn eich rhaglen taenlenni, tynnwch y cyfrinair, cadwch ef fel .xlsx a mewnforiwch hwnnw.</translation>
    </message>
    <message>
        <source>This is a Word document with macros, which Framework Ready does not open. Save it from Word as an ordinary .docx document and import that.</source>
        <translation>Dogfen Word gyda macros yw hon, ac nid yw Framework Ready yn ei hagor. Cadwch hi o Word fel dogfen .docx arferol a mewnforiwch honno.</translation>
    </message>
    <message>
        <source>This is the old Word format (.doc). Save it from Word as a .docx document and import that.</source>
        <translation>Dyma hen fformat Word (.doc). Cadwch hi o Word fel dogfen .docx a mewnforiwch honno.</translation>
    </message>
    <message>
        <source>Questions can be imported from a .xlsx workbook, a .csv file or a .docx document.</source>
        <translation>Gellir mewnforio cwestiynau o lyfr gwaith .xlsx, ffeil .csv neu ddogfen .docx.</translation>
    </message>
    <message>
        <source>This document is protected with a password (or is in an old format). Open it in Word, remove the password, save it as .docx and import that.</source>
        <translation>Mae&apos;r ddogfen hon wedi&apos;i diogelu â chyfrinair (neu mewn hen fformat). Agorwch hi yn Word, tynnwch y cyfrinair, cadwch hi fel .docx a mewnforiwch honno.</translation>
    </message>
    <message>
        <source>This file unpacks to far more than a list of questions needs (it may be a zip bomb), so it was not opened.</source>
        <translation>Mae&apos;r ffeil hon yn dadbacio i lawer mwy nag sydd ei angen ar restr o gwestiynau (gall fod yn fom sip), felly ni chafodd ei hagor.</translation>
    </message>
    <message>
        <source>This document holds macros, which Framework Ready does not open. Save it without macros (as .docx) and import that.</source>
        <translation>Mae&apos;r ddogfen hon yn cynnwys macros, nad yw Framework Ready yn eu hagor. Cadwch hi heb facros (fel .docx) a mewnforiwch honno.</translation>
    </message>
    <message>
        <source>This workbook holds macros, which Framework Ready does not open. Save it without macros (as .xlsx or .csv) and import that.</source>
        <translation>Mae macros yn y llyfr gwaith hwn, ac nid yw Framework Ready yn agor y rheini. Cadwch ef heb facros (fel .xlsx neu .csv) a mewnforiwch hwnnw.</translation>
    </message>
    <message>
        <source>This file is damaged or is not really a .docx document.</source>
        <translation>Mae&apos;r ffeil hon wedi&apos;i difrodi neu nid yw&apos;n ddogfen .docx mewn gwirionedd.</translation>
    </message>
    <message>
        <source>No numbered questions were found in this document (such as &quot;1.2 Describe…&quot; or a numbered list). Copy the questions into a spreadsheet, one a row, and import that.</source>
        <translation>Ni chanfuwyd cwestiynau wedi&apos;u rhifo yn y ddogfen hon (fel &quot;1.2 Disgrifiwch…&quot; neu restr wedi&apos;i rhifo). Copïwch y cwestiynau i daenlen, un ym mhob rhes, a mewnforiwch honno.</translation>
    </message>
    <message>
        <source>This workbook has merged cells, so its columns cannot be read reliably. Unmerge them (or save the questions as .csv) and import again.</source>
        <translation>Mae celloedd wedi&apos;u cyfuno yn y llyfr gwaith hwn, felly ni ellir darllen ei golofnau&apos;n ddibynadwy. Datgyfunwch nhw (neu cadwch y cwestiynau fel .csv) a mewnforiwch eto.</translation>
    </message>
    <message>
        <source>This workbook has formulas in it, which are not read. Copy the questions and paste them as values only (or save as .csv), then import again.</source>
        <translation>Mae fformiwlâu yn y llyfr gwaith hwn, ac nid yw&apos;r rheini&apos;n cael eu darllen. Copïwch y cwestiynau a&apos;u gludo fel gwerthoedd yn unig (neu cadwch fel .csv), yna mewnforiwch eto.</translation>
    </message>
    <message>
        <source>This file is damaged or is not really a .xlsx workbook.</source>
        <translation>Mae&apos;r ffeil hon wedi&apos;i difrodi, neu nid llyfr gwaith .xlsx yw hi mewn gwirionedd.</translation>
    </message>
    <message>
        <source>This file has more than {count} rows, far more than a list of questions. Check it is the right file.</source>
        <translation>Mae gan y ffeil hon fwy na {count} o resi, llawer mwy na rhestr o gwestiynau. Gwiriwch mai dyma&apos;r ffeil gywir.</translation>
    </message>
    <message>
        <source>A cell in this file holds more than {count} characters, more than any question. Check it is the right file.</source>
        <translation>Mae cell yn y ffeil hon yn dal mwy na {count} o nodau, mwy nag unrhyw gwestiwn. Gwiriwch mai dyma&apos;r ffeil gywir.</translation>
    </message>
    <message>
        <source>No questions have been entered for this bid yet.</source>
        <translation>Nid oes cwestiynau wedi&apos;u rhoi ar gyfer y cais hwn eto.</translation>
    </message>
    <message>
        <source>Question {number}</source>
        <translation>Cwestiwn {number}</translation>
    </message>
    <message>
        <source>{question}: not answered yet.</source>
        <translation>{question}: heb ei ateb eto.</translation>
    </message>
    <message>
        <source>It is a pass or fail question.</source>
        <translation>Mae&apos;n gwestiwn llwyddo neu fethu.</translation>
    </message>
    <message>
        <source>{question}: {over} over the limit of {limit} {unit}.</source>
        <translation>{question}: {over} dros y terfyn o {limit} {unit}.</translation>
    </message>
    <message>
        <source>{question}: not marked final yet ({status}).</source>
        <translation>{question}: heb ei nodi&apos;n derfynol eto ({status}).</translation>
    </message>
    <message>
        <source>{question}: needs an attachment. Choose it from the evidence library.</source>
        <translation>{question}: angen atodiad. Dewiswch ef o&apos;r llyfrgell dystiolaeth.</translation>
    </message>
    <message>
        <source>{question}: the attachment chosen is no longer in the evidence library.</source>
        <translation>{question}: nid yw&apos;r atodiad a ddewiswyd yn y llyfrgell dystiolaeth mwyach.</translation>
    </message>
    <message>
        <source>{question}: the attachment &quot;{title}&quot; expires on {day}, before the deadline.</source>
        <translation>{question}: mae&apos;r atodiad &quot;{title}&quot; yn dod i ben ar {day}, cyn y terfyn amser.</translation>
    </message>
    <message>
        <source>{question}: the attachment &quot;{title}&quot;: {problem}</source>
        <translation>{question}: yr atodiad &quot;{title}&quot;: {problem}</translation>
    </message>
    <message>
        <source>{partner}: a key subcontractor&apos;s share of the work is not recorded.</source>
        <translation>{partner}: nid yw cyfran is-gontractwr allweddol o&apos;r gwaith wedi&apos;i chofnodi.</translation>
    </message>
    <message>
        <source>{partner}: say what this key subcontractor delivers.</source>
        <translation>{partner}: dywedwch beth mae&apos;r is-gontractwr allweddol hwn yn ei ddarparu.</translation>
    </message>
    <message>
        <source>No lots are chosen for this bid (on the opportunity).</source>
        <translation>Nid oes lotiau wedi&apos;u dewis ar gyfer y cais hwn (ar y cyfle).</translation>
    </message>
    <message>
        <source>Lot {lot}: {summary}</source>
        <translation>Lot {lot}: {summary}</translation>
    </message>
    <message>
        <source>The trustees&apos; decision to bid is not recorded (on the opportunity).</source>
        <translation>Nid yw penderfyniad yr ymddiriedolwyr i wneud cais wedi&apos;i gofnodi (ar y cyfle).</translation>
    </message>
    <message>
        <source>No submission deadline is recorded (on the opportunity).</source>
        <translation>Nid oes terfyn amser cyflwyno wedi&apos;i gofnodi (ar y cyfle).</translation>
    </message>
    <message>
        <source>The submission deadline has passed.</source>
        <translation>Mae&apos;r terfyn amser ar gyfer cyflwyno wedi mynd heibio.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ail-wneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>C&amp;hwilio…</translation>
    </message>
    <message>
        <source>evidence: none added yet</source>
        <translation>tystiolaeth: dim wedi&apos;i hychwanegu eto</translation>
    </message>
    <message>
        <source>evidence asked for, in date: {in_date} of {total}</source>
        <translation>tystiolaeth y gofynnir amdani, yn ddilys: {in_date} o {total}</translation>
    </message>
    <message>
        <source>Ready: {overall}% · portal journey {journey}% · supplier registration {route}% · questionnaires {forms}% · {evidence}</source>
        <translation>Yn barod: {overall}% · taith y porth {journey}% · cofrestru fel cyflenwr {route}% · holiaduron {forms}% · {evidence}</translation>
    </message>
    <message>
        <source>Ready: {overall}% · portal journey {journey}% · questionnaires {forms}% · {evidence}</source>
        <translation>Yn barod: {overall}% · taith y porth {journey}% · holiaduron {forms}% · {evidence}</translation>
    </message>
    <message>
        <source>Go to “{question}”</source>
        <translation>Mynd i “{question}”</translation>
    </message>
    <message>
        <source>Go to “{section}”</source>
        <translation>Mynd i “{section}”</translation>
    </message>
    <message>
        <source>Go to {form}</source>
        <translation>Mynd i {form}</translation>
    </message>
    <message>
        <source>Go to the document in the evidence library</source>
        <translation>Mynd i&apos;r ddogfen yn y llyfrgell dystiolaeth</translation>
    </message>
    <message>
        <source>Go to the evidence library</source>
        <translation>Mynd i&apos;r llyfrgell dystiolaeth</translation>
    </message>
    <message>
        <source>Go to your partners</source>
        <translation>Mynd i&apos;ch partneriaid</translation>
    </message>
    <message>
        <source>Go to the portal journey</source>
        <translation>Mynd i daith y porth</translation>
    </message>
    <message>
        <source>Go to the supplier registration</source>
        <translation>Mynd i&apos;r dudalen cofrestru fel cyflenwr</translation>
    </message>
    <message>
        <source>Go to the opportunity</source>
        <translation>Mynd i&apos;r cyfle</translation>
    </message>
    <message>
        <source>Go there</source>
        <translation>Mynd yno</translation>
    </message>
    <message>
        <source>Opens the place where this is put right</source>
        <translation>Yn agor y man lle mae cywiro hyn</translation>
    </message>
    <message>
        <source>Opens {form} at this question</source>
        <translation>Yn agor {form} ar y cwestiwn hwn</translation>
    </message>
    <message>
        <source>Share of staff time</source>
        <translation>Cyfran o amser staff</translation>
    </message>
    <message>
        <source>Share of direct costs</source>
        <translation>Cyfran o&apos;r costau uniongyrchol</translation>
    </message>
    <message>
        <source>Share of floor space</source>
        <translation>Cyfran o arwynebedd llawr</translation>
    </message>
    <message>
        <source>Standard rate VAT</source>
        <translation>TAW ar y gyfradd safonol</translation>
    </message>
    <message>
        <source>Reduced rate VAT</source>
        <translation>TAW ar y gyfradd is</translation>
    </message>
    <message>
        <source>Zero rate VAT</source>
        <translation>TAW ar y gyfradd sero</translation>
    </message>
    <message>
        <source>Exempt from VAT</source>
        <translation>Wedi&apos;i eithrio rhag TAW</translation>
    </message>
    <message>
        <source>Outside the scope of VAT</source>
        <translation>Y tu allan i gwmpas TAW</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>Adeiladau</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Teithio</translation>
    </message>
    <message>
        <source>IT and phones</source>
        <translation>TG a ffonau</translation>
    </message>
    <message>
        <source>Volunteers&apos; expenses</source>
        <translation>Treuliau gwirfoddolwyr</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Hyfforddiant</translation>
    </message>
    <message>
        <source>DBS checks</source>
        <translation>Gwiriadau DBS</translation>
    </message>
    <message>
        <source>Subcontractor payments</source>
        <translation>Taliadau i isgontractwyr</translation>
    </message>
    <message>
        <source>A contract of {months} months is unusual: check the length.</source>
        <translation>Mae contract o {months} mis yn anarferol: gwiriwch yr hyd.</translation>
    </message>
    <message>
        <source>Staff {number}</source>
        <translation>Staff {number}</translation>
    </message>
    <message>
        <source>A salary of {salary} a year is not believable: check it.</source>
        <translation>Nid yw cyflog o {salary} y flwyddyn yn gredadwy: gwiriwch ef.</translation>
    </message>
    <message>
        <source>{fte} full-time posts on one line is not believable: use a number from 0.1 to 5.</source>
        <translation>Nid yw {fte} swydd amser llawn ar un llinell yn gredadwy: defnyddiwch rif o 0.1 i 5.</translation>
    </message>
    <message>
        <source>A pension of {percent}% is over 100% of pay or below nothing.</source>
        <translation>Mae pensiwn o {percent}% dros 100% o&apos;r cyflog neu&apos;n llai na dim.</translation>
    </message>
    <message>
        <source>The employer&apos;s pension is below the legal minimum of {percent}% for staff who are enrolled.</source>
        <translation>Mae pensiwn y cyflogwr yn is na&apos;r isafswm cyfreithiol o {percent}% ar gyfer staff sydd wedi&apos;u cofrestru.</translation>
    </message>
    <message>
        <source>A pay rise of {percent}% a year is not believable.</source>
        <translation>Nid yw codiad cyflog o {percent}% y flwyddyn yn gredadwy.</translation>
    </message>
    <message>
        <source>Cost {number}</source>
        <translation>Cost {number}</translation>
    </message>
    <message>
        <source>A cost cannot be below nothing: type it without a minus sign.</source>
        <translation>Ni all cost fod yn llai na dim: teipiwch hi heb arwydd minws.</translation>
    </message>
    <message>
        <source>A rise of {percent}% a year is not believable.</source>
        <translation>Nid yw cynnydd o {percent}% y flwyddyn yn gredadwy.</translation>
    </message>
    <message>
        <source>A price cannot be below nothing: type it without a minus sign.</source>
        <translation>Ni all pris fod yn llai na dim: teipiwch ef heb arwydd minws.</translation>
    </message>
    <message>
        <source>Central costs, the whole charity&apos;s figure and floor space cannot be below nothing.</source>
        <translation>Ni all costau canolog, ffigur yr elusen gyfan nac arwynebedd llawr fod yn llai na dim.</translation>
    </message>
    <message>
        <source>Overheads</source>
        <translation>Gorbenion</translation>
    </message>
    <message>
        <source>Give the whole charity&apos;s figure to share the central costs by (staff, costs or floor space).</source>
        <translation>Rhowch ffigur yr elusen gyfan i rannu&apos;r costau canolog yn ôl (staff, costau neu arwynebedd llawr).</translation>
    </message>
    <message>
        <source>The start month cannot be before mobilisation (month 0).</source>
        <translation>Ni all y mis cychwyn fod cyn y cyfnod paratoi (mis 0).</translation>
    </message>
    <message>
        <source>It starts after the contract ends (month {months}), so it costs nothing.</source>
        <translation>Mae&apos;n dechrau ar ôl i&apos;r contract ddod i ben (mis {months}), felly nid yw&apos;n costio dim.</translation>
    </message>
    <message>
        <source>The price is {gap} below full cost ({full}): the charity would pay the difference itself.</source>
        <translation>Mae&apos;r pris {gap} yn is na&apos;r gost lawn ({full}): byddai&apos;r elusen yn talu&apos;r gwahaniaeth ei hun.</translation>
    </message>
    <message>
        <source>The price is {over} more than the opportunity&apos;s value ({value}): the buyer may not accept it.</source>
        <translation>Mae&apos;r pris {over} yn fwy na gwerth y cyfle ({value}): efallai na fydd y prynwr yn ei dderbyn.</translation>
    </message>
    <message>
        <source>The opportunity has no value yet, so the price cannot be checked against it.</source>
        <translation>Nid oes gwerth i&apos;r cyfle eto, felly nid oes modd gwirio&apos;r pris yn ei erbyn.</translation>
    </message>
    <message>
        <source>No price is set: the opportunity&apos;s value is used, or the full cost when there is no value.</source>
        <translation>Nid oes pris wedi&apos;i osod: defnyddir gwerth y cyfle, neu&apos;r gost lawn pan nad oes gwerth.</translation>
    </message>
    <message>
        <source>No number of people or sessions is set, so there is no price per unit.</source>
        <translation>Nid oes nifer o bobl neu sesiynau wedi&apos;i osod, felly nid oes pris yr uned.</translation>
    </message>
    <message>
        <source>The contract is now {new} months instead of {old}: every line is kept and its costs are spread over the new years.</source>
        <translation>Mae&apos;r contract bellach yn {new} mis yn lle {old}: cedwir pob llinell a chaiff ei chostau eu lledaenu dros y blynyddoedd newydd.</translation>
    </message>
    <message>
        <source>Free reserves {amount}</source>
        <translation>Cronfeydd wrth gefn rhydd {amount}</translation>
    </message>
    <message>
        <source>The recommendation is to bid.</source>
        <translation>Yr argymhelliad yw gwneud cais.</translation>
    </message>
    <message>
        <source>The recommendation is not to bid.</source>
        <translation>Yr argymhelliad yw peidio â gwneud cais.</translation>
    </message>
    <message>
        <source>No recommendation is recorded yet.</source>
        <translation>Nid oes argymhelliad wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <source>The board&apos;s decision is recorded: {decision}. It is the opportunity&apos;s bid / no-bid decision.</source>
        <translation>Mae penderfyniad y bwrdd wedi&apos;i gofnodi: {decision}. Dyma benderfyniad y cyfle i wneud cais neu beidio.</translation>
    </message>
    <message>
        <source>Why: {why}</source>
        <translation>Pam: {why}</translation>
    </message>
    <message>
        <source>The board&apos;s conditions: {conditions}</source>
        <translation>Amodau&apos;r bwrdd: {conditions}</translation>
    </message>
    <message>
        <source>⚠ At this price the charity would pay {gap} of the service&apos;s full cost itself.</source>
        <translation>⚠ Ar y pris hwn byddai&apos;r elusen yn talu {gap} o gost lawn y gwasanaeth ei hun.</translation>
    </message>
    <message>
        <source>The price covers the full cost, with {margin} to spare.</source>
        <translation>Mae&apos;r pris yn talu&apos;r gost lawn, gyda {margin} dros ben.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risg</translation>
    </message>
    <message>
        <source>The board&apos;s view</source>
        <translation>Barn y bwrdd</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Lefel</translation>
    </message>
    <message>
        <source>None weighed in the app yet: the board writes its view of each here.</source>
        <translation>Nid oes yr un wedi&apos;i bwyso yn yr ap eto: mae&apos;r bwrdd yn ysgrifennu ei farn ar bob un yma.</translation>
    </message>
    <message>
        <source>Staff who may transfer</source>
        <translation>Staff a allai drosglwyddo</translation>
    </message>
    <message>
        <source>Their pay and on-costs a year</source>
        <translation>Eu cyflog a&apos;u costau ychwanegol y flwyddyn</translation>
    </message>
    <message>
        <source>Their pensions</source>
        <translation>Eu pensiynau</translation>
    </message>
    <message>
        <source>The charity&apos;s objects</source>
        <translation>Amcanion yr elusen</translation>
    </message>
    <message>
        <source>Not in the organisation profile yet: add them there, so the board can check the mission fit against them.</source>
        <translation>Nid ydynt ym mhroffil y sefydliad eto: ychwanegwch nhw yno, fel y gall y bwrdd wirio&apos;r cyd-fynd â&apos;r genhadaeth yn eu herbyn.</translation>
    </message>
    <message>
        <source>As recorded in the app:</source>
        <translation>Fel y&apos;i cofnodwyd yn yr ap:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>The opportunity</source>
        <translation>Y cyfle</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Argymhelliad</translation>
    </message>
    <message>
        <source>Full cost against the price</source>
        <translation>Cost lawn yn erbyn y pris</translation>
    </message>
    <message>
        <source>{amount} per {unit}</source>
        <translation>{amount} fesul {unit}</translation>
    </message>
    <message>
        <source>Where the rates and risks come from</source>
        <translation>O ble daw&apos;r cyfraddau a&apos;r risgiau</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>uned</translation>
    </message>
    <message>
        <source>Direct costs</source>
        <translation>Costau uniongyrchol</translation>
    </message>
    <message>
        <source>Share of central costs ({method})</source>
        <translation>Cyfran o&apos;r costau canolog ({method})</translation>
    </message>
    <message>
        <source>an opportunity&apos;s full-cost-recovery costing</source>
        <translation>costio adennill costau llawn cyfle</translation>
    </message>
    <message>
        <source>the costing by year, the price and the cash flow</source>
        <translation>y costio fesul blwyddyn, y pris a&apos;r llif arian</translation>
    </message>
    <message>
        <source>the opportunity&apos;s buyer&apos;s reference or number</source>
        <translation>cyfeirnod y prynwr ar gyfer y cyfle, neu ei rif</translation>
    </message>
    <message>
        <source>write the costing as a spreadsheet with live formulas</source>
        <translation>ysgrifennu&apos;r costio fel taenlen gyda fformiwlâu byw</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>y ffeil i&apos;w hysgrifennu</translation>
    </message>
    <message>
        <source>replace the file if it is there already</source>
        <translation>disodli&apos;r ffeil os yw yno eisoes</translation>
    </message>
    <message>
        <source>the spreadsheet&apos;s language: en (English) or cy (Cymraeg)</source>
        <translation>iaith y daenlen: en (Saesneg) neu cy (Cymraeg)</translation>
    </message>
    <message>
        <source>A costing is for one opportunity: say which with --opportunity.</source>
        <translation>Mae costio ar gyfer un cyfle: dywedwch pa un gyda --opportunity.</translation>
    </message>
    <message>
        <source>{months} months; value {value}</source>
        <translation>{months} mis; gwerth {value}</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Other costs</source>
        <translation>Costau eraill</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TAW</translation>
    </message>
    <message>
        <source>Full cost</source>
        <translation>Cost lawn</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
    <message>
        <source>Margin (price less full cost): {margin}</source>
        <translation>Maint yr elw (y pris llai&apos;r gost lawn): {margin}</translation>
    </message>
    <message>
        <source>Price per {unit}: {amount}</source>
        <translation>Pris fesul {unit}: {amount}</translation>
    </message>
    <message>
        <source>Lowest cash point: {amount} in month {month}; free reserves {reserves}.</source>
        <translation>Y pwynt arian isaf: {amount} ym mis {month}; cronfeydd wrth gefn rhydd {reserves}.</translation>
    </message>
    <message>
        <source>The board&apos;s decision: {decision}</source>
        <translation>Penderfyniad y bwrdd: {decision}</translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation>heb ei gofnodi eto</translation>
    </message>
    <message>
        <source>{file} is there already: add --force to replace it.</source>
        <translation>Mae {file} yno eisoes: ychwanegwch --force i&apos;w disodli.</translation>
    </message>
    <message>
        <source>{sheets} sheets written to {file}.</source>
        <translation>{sheets} dalen wedi&apos;u hysgrifennu i {file}.</translation>
    </message>
    <message>
        <source>Opportunity&apos;s value</source>
        <translation>Gwerth y cyfle</translation>
    </message>
    <message>
        <source>Margin (price less full cost)</source>
        <translation>Maint yr elw (y pris llai&apos;r gost lawn)</translation>
    </message>
    <message>
        <source>Price per unit</source>
        <translation>Pris yr uned</translation>
    </message>
    <message>
        <source>Staff with on-costs</source>
        <translation>Staff gyda chostau ychwanegol</translation>
    </message>
    <message>
        <source>Other costs and VAT</source>
        <translation>Costau eraill a TAW</translation>
    </message>
    <message>
        <source>Cash flow</source>
        <translation>Llif arian</translation>
    </message>
    <message>
        <source>The lowest point is {amount} in month {month} (month 0 is mobilisation, before the first payment). Free reserves: {reserves}.</source>
        <translation>Y pwynt isaf yw {amount} ym mis {month} (mis 0 yw&apos;r cyfnod paratoi, cyn y taliad cyntaf). Cronfeydd wrth gefn rhydd: {reserves}.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mis</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Wedi&apos;i wario</translation>
    </message>
    <message>
        <source>Paid to you</source>
        <translation>Wedi&apos;i dalu i chi</translation>
    </message>
    <message>
        <source>Running balance</source>
        <translation>Balans cyfredol</translation>
    </message>
    <message>
        <source>Risks the board must weigh</source>
        <translation>Risgiau y mae&apos;n rhaid i&apos;r bwrdd eu pwyso</translation>
    </message>
    <message>
        <source>What the charity commits to</source>
        <translation>Yr hyn y mae&apos;r elusen yn ymrwymo iddo</translation>
    </message>
    <message>
        <source>FTE</source>
        <translation>Cyfwerth ag amser llawn</translation>
    </message>
    <message>
        <source>From month</source>
        <translation>O fis</translation>
    </message>
    <message>
        <source>No staff costed yet.</source>
        <translation>Nid oes staff wedi&apos;u costio eto.</translation>
    </message>
    <message>
        <source>No partners named.</source>
        <translation>Nid oes partneriaid wedi&apos;u henwi.</translation>
    </message>
    <message>
        <source>Bid / no-bid checklist</source>
        <translation>Rhestr wirio cais / dim cais</translation>
    </message>
    <message>
        <source>Score: {score} / 100</source>
        <translation>Sgôr: {score} / 100</translation>
    </message>
    <message>
        <source>Not scored yet: answer the checklist on the opportunity&apos;s page (Opportunities).</source>
        <translation>Heb sgôr eto: atebwch y rhestr wirio ar dudalen y cyfle (Cyfleoedd).</translation>
    </message>
    <message>
        <source>The board&apos;s decision</source>
        <translation>Penderfyniad y bwrdd</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation>Dyddiad y cyfarfod</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cyfarfod</translation>
    </message>
    <message>
        <source>Minute reference</source>
        <translation>Cyfeirnod y cofnod</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Amodau</translation>
    </message>
    <message>
        <source>Where the rates come from</source>
        <translation>O ble y daw&apos;r cyfraddau</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Maint yr elw</translation>
    </message>
    <message>
        <source>Lowest cash point</source>
        <translation>Y pwynt arian isaf</translation>
    </message>
    <message>
        <source>Free reserves</source>
        <translation>Cronfeydd wrth gefn rhydd</translation>
    </message>
    <message>
        <source>Trustees&apos; decision paper</source>
        <translation>Papur penderfynu&apos;r ymddiriedolwyr</translation>
    </message>
    <message>
        <source>Add your free reserves to the organisation profile to check the cash flow against them.</source>
        <translation>Ychwanegwch eich cronfeydd wrth gefn rhydd at broffil y sefydliad er mwyn gwirio&apos;r llif arian yn eu herbyn.</translation>
    </message>
    <message>
        <source>At its lowest (month {month}) the contract needs {needed}, more than your free reserves of {reserves}.</source>
        <translation>Ar ei isaf (mis {month}) mae angen {needed} ar y contract, mwy na&apos;ch cronfeydd wrth gefn rhydd o {reserves}.</translation>
    </message>
    <message>
        <source>(check)</source>
        <translation>(gwirio)</translation>
    </message>
    <message>
        <source>{framework} {kind}</source>
        <translation>{kind} {framework}</translation>
    </message>
    <message>
        <source>{framework}: opens {date}</source>
        <translation>{framework}: yn agor {date}</translation>
    </message>
    <message>
        <source>{framework}: qualification closes {date}</source>
        <translation>{framework}: cymhwyso&apos;n cau {date}</translation>
    </message>
    <message>
        <source>{framework} qualification: deadline date {date}</source>
        <translation>Cymhwyso {framework}: dyddiad terfyn {date}</translation>
    </message>
    <message>
        <source>{framework}: ends {date}</source>
        <translation>{framework}: yn dod i ben {date}</translation>
    </message>
    <message>
        <source>{framework}: next reopening {date}</source>
        <translation>{framework}: yr ailagor nesaf {date}</translation>
    </message>
    <message>
        <source>{framework}: next reopening closes {date}</source>
        <translation>{framework}: yr ailagor nesaf yn cau {date}</translation>
    </message>
    <message>
        <source>{framework}: next reopening by {date}</source>
        <translation>{framework}: yr ailagor nesaf erbyn {date}</translation>
    </message>
    <message>
        <source>{framework}: no dates ahead in the framework information</source>
        <translation>{framework}: dim dyddiadau i ddod yng ngwybodaeth y fframwaith</translation>
    </message>
    <message>
        <source>Answer library</source>
        <translation>Llyfrgell atebion</translation>
    </message>
    <message>
        <source>{opportunity}, question {number}</source>
        <translation>{opportunity}, cwestiwn {number}</translation>
    </message>
    <message>
        <source>Say which portal the bid was submitted on.</source>
        <translation>Dywedwch ar ba borth y cyflwynwyd y cais.</translation>
    </message>
    <message>
        <source>Say who pressed submit.</source>
        <translation>Dywedwch pwy bwysodd cyflwyno.</translation>
    </message>
    <message>
        <source>Type the portal&apos;s confirmation reference (from its receipt or email).</source>
        <translation>Teipiwch gyfeirnod cadarnhau&apos;r porth (o&apos;i dderbynneb neu ei e-bost).</translation>
    </message>
    <message>
        <source>Each box takes at most {count} characters.</source>
        <translation>Mae pob blwch yn cymryd {count} nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>Say the date and time of the submission.</source>
        <translation>Rhowch ddyddiad ac amser y cyflwyniad.</translation>
    </message>
    <message>
        <source>The submission time is in the future: type when submit was pressed.</source>
        <translation>Mae amser y cyflwyniad yn y dyfodol: teipiwch pryd y pwyswyd cyflwyno.</translation>
    </message>
    <message>
        <source>Add the exact files that were submitted, so there is a record of what the buyer received.</source>
        <translation>Ychwanegwch yr union ffeiliau a gyflwynwyd, fel bod cofnod o&apos;r hyn a gafodd y prynwr.</translation>
    </message>
    <message>
        <source>At most {count} files can be kept with one submission.</source>
        <translation>Gellir cadw {count} ffeil ar y mwyaf gydag un cyflwyniad.</translation>
    </message>
    <message>
        <source>Date submitted</source>
        <translation>Dyddiad cyflwyno</translation>
    </message>
    <message>
        <source>Type the date the bid was submitted, e.g. 31/03/2027.</source>
        <translation>Teipiwch y dyddiad y cyflwynwyd y cais, e.e. 31/03/2027.</translation>
    </message>
    <message>
        <source>Type the time on the 24-hour clock, e.g. 11:58.</source>
        <translation>Teipiwch yr amser ar y cloc 24 awr, e.e. 11:58.</translation>
    </message>
    <message>
        <source>{label} — ⚠ saved but not submitted? Log the submission once it is in</source>
        <translation>{label} — ⚠ wedi&apos;i gadw ond heb ei gyflwyno? Cofnodwch y cyflwyniad unwaith y bydd i mewn</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Cwestiynau</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Terfyn</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>Uned gyfrif</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comments</source>
        <translation>Sylwadau&apos;r adolygydd</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Cydymffurfio</translation>
    </message>
    <message>
        <source>Within the limit</source>
        <translation>O fewn y terfyn</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Atodiad</translation>
    </message>
    <message>
        <source>To put right</source>
        <translation>I&apos;w gywiro</translation>
    </message>
    <message>
        <source>Submissions logged</source>
        <translation>Cyflwyniadau a gofnodwyd</translation>
    </message>
    <message>
        <source>Submitted {when}</source>
        <translation>Cyflwynwyd {when}</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Porth</translation>
    </message>
    <message>
        <source>Date and time (UK)</source>
        <translation>Dyddiad ac amser (DU)</translation>
    </message>
    <message>
        <source>Pressed submit</source>
        <translation>Pwysodd cyflwyno</translation>
    </message>
    <message>
        <source>Confirmation reference</source>
        <translation>Cyfeirnod cadarnhau</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Maint (beitiau)</translation>
    </message>
    <message>
        <source>No submission is logged for this bid yet.</source>
        <translation>Nid oes cyflwyniad wedi&apos;i gofnodi ar gyfer y cais hwn eto.</translation>
    </message>
    <message>
        <source>Not logged yet</source>
        <translation>Heb ei gofnodi eto</translation>
    </message>
    <message>
        <source>&quot;{typed}&quot; is not a PPON: it looks like {example} (&quot;P&quot; and three letters, four digits, four letters). Copy it from your organisation&apos;s page on Find a Tender.</source>
        <translation>Nid yw &quot;{typed}&quot; yn PPON: mae&apos;n edrych fel {example} (&quot;P&quot; a thair llythyren, pedwar digid, pedair llythyren). Copïwch ef o dudalen eich sefydliad ar Find a Tender.</translation>
    </message>
    <message>
        <source>&quot;{typed}&quot; is not a share code: type the letters and digits the platform gave you, like {example}.</source>
        <translation>Nid yw &quot;{typed}&quot; yn god rhannu: teipiwch y llythrennau a&apos;r digidau a roddodd y llwyfan i chi, fel {example}.</translation>
    </message>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation>Rhowch enw&apos;r person.</translation>
    </message>
    <message>
        <source>&quot;{email}&quot; is not an email address: type it like name@charity.org.uk.</source>
        <translation>Nid yw &quot;{email}&quot; yn gyfeiriad e-bost: teipiwch ef fel enw@elusen.org.uk.</translation>
    </message>
    <message>
        <source>Choose administrator, editor or viewer.</source>
        <translation>Dewiswch weinyddwr, golygydd neu wyliwr.</translation>
    </message>
    <message>
        <source>Keep the name and email under {limit} characters.</source>
        <translation>Cadwch yr enw a&apos;r e-bost o dan {limit} nod.</translation>
    </message>
    <message>
        <source>The date confirmed cannot be in the future.</source>
        <translation>Ni all y dyddiad cadarnhau fod yn y dyfodol.</translation>
    </message>
    <message>
        <source>Each person is listed once: two have the same email address.</source>
        <translation>Rhestrir pob person unwaith: mae gan ddau yr un cyfeiriad e-bost.</translation>
    </message>
    <message>
        <source>Say which buyer the share code was given to.</source>
        <translation>Dywedwch i ba brynwr y rhoddwyd y cod rhannu.</translation>
    </message>
    <message>
        <source>The date given cannot be in the future.</source>
        <translation>Ni all y dyddiad ei roi fod yn y dyfodol.</translation>
    </message>
    <message>
        <source>Keep the buyer and procurement under {limit} characters.</source>
        <translation>Cadwch y prynwr a&apos;r caffaeliad o dan {limit} nod.</translation>
    </message>
    <message>
        <source>You have not recorded when the supplier information was last confirmed on the Central Digital Platform.</source>
        <translation>Nid ydych wedi cofnodi pryd y cadarnhawyd gwybodaeth y cyflenwr ddiwethaf ar y Llwyfan Digidol Canolog.</translation>
    </message>
    <message>
        <source>The supplier information was last confirmed on {date}, {months} months ago: check it on the platform and confirm it again before you share it.</source>
        <translation>Cadarnhawyd gwybodaeth y cyflenwr ddiwethaf ar {date}, {months} mis yn ôl: gwiriwch hi ar y llwyfan a&apos;i chadarnhau eto cyn i chi ei rhannu.</translation>
    </message>
    <message>
        <source>{field} ({changed})</source>
        <translation>{field} ({changed})</translation>
    </message>
    <message>
        <source>Your organisation profile changed after the supplier information was confirmed ({confirmed}): {fields}. Update it on the platform.</source>
        <translation>Newidiodd proffil eich sefydliad ar ôl cadarnhau gwybodaeth y cyflenwr ({confirmed}): {fields}. Diweddarwch hi ar y llwyfan.</translation>
    </message>
    <message>
        <source>That opportunity is no longer there: choose another, or none.</source>
        <translation>Nid yw&apos;r cyfle hwnnw yno mwyach: dewiswch un arall, neu ddim un.</translation>
    </message>
    <message>
        <source>PPON</source>
        <translation>PPON</translation>
    </message>
    <message>
        <source>Supplier information last confirmed</source>
        <translation>Cadarnhawyd gwybodaeth y cyflenwr ddiwethaf</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Camau wedi&apos;u cwblhau</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} o {total}</translation>
    </message>
    <message>
        <source>Registration steps</source>
        <translation>Camau cofrestru</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Ffynhonnell</translation>
    </message>
    <message>
        <source>check</source>
        <translation>gwiriwch</translation>
    </message>
    <message>
        <source>People who use the platform</source>
        <translation>Pobl sy&apos;n defnyddio&apos;r llwyfan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>None recorded yet.</source>
        <translation>Dim wedi&apos;u cofnodi eto.</translation>
    </message>
    <message>
        <source>Share codes given</source>
        <translation>Codau rhannu a roddwyd</translation>
    </message>
    <message>
        <source>Share code</source>
        <translation>Cod rhannu</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Prynwr</translation>
    </message>
    <message>
        <source>Procurement</source>
        <translation>Caffaeliad</translation>
    </message>
    <message>
        <source>Date given</source>
        <translation>Dyddiad ei roi</translation>
    </message>
    <message>
        <source>Someone else is setting up the organisation in this database; try again in a moment.</source>
        <translation>Mae rhywun arall yn creu&apos;r sefydliad yn y gronfa ddata hon; rhowch gynnig arall arni mewn munud.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Ynghylch {app}</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Helps small voluntary organisations qualify onto public-sector frameworks, bid for lots and keep every deadline.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data folder:&lt;/b&gt; {folder}&lt;br&gt;&lt;b&gt;Database:&lt;/b&gt; {database}&lt;/p&gt;&lt;p&gt;Your data stays on this computer: the app makes no network connections.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public Licence, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Mae&apos;n helpu sefydliadau gwirfoddol bach i ddod yn gymwys i ymuno â fframweithiau&apos;r sector cyhoeddus, i wneud cais am lotiau ac i gadw at bob terfyn amser.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ffolder data:&lt;/b&gt; {folder}&lt;br&gt;&lt;b&gt;Cronfa ddata:&lt;/b&gt; {database}&lt;/p&gt;&lt;p&gt;Mae eich data&apos;n aros ar y cyfrifiadur hwn: nid yw&apos;r ap yn gwneud unrhyw gysylltiad â&apos;r rhwydwaith.&lt;/p&gt;&lt;p&gt;Meddalwedd rydd o dan Drwydded Gyhoeddus Gyffredinol GNU, fersiwn 3 neu ddiweddarach.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>&amp;Agor y ffolder data</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Agor y ffolder data</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>The Framework Ready icon</source>
        <translation>Eicon Framework Ready</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Someone else is changing this at the same moment. What you typed is kept on screen and will be saved in a moment.</source>
        <translation>Mae rhywun arall yn newid hyn ar yr un pryd. Mae&apos;r hyn a deipiwyd gennych yn aros ar y sgrin a bydd yn cael ei gadw mewn munud.</translation>
    </message>
    <message>
        <source>Cannot reach the team database just now. What you typed is kept on screen and will be saved as soon as the server can be reached again; you can keep working.</source>
        <translation>Does dim modd cyrraedd cronfa ddata&apos;r tîm ar hyn o bryd. Mae&apos;r hyn a deipiwyd gennych yn aros ar y sgrin a bydd yn cael ei gadw cyn gynted ag y bydd modd cyrraedd y gweinydd eto; gallwch ddal ati i weithio.</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved just now. They are still on screen, and saving them will be tried again in a moment.</source>
        <translation>Nid oedd modd cadw eich newidiadau diweddaraf ar hyn o bryd. Maen nhw&apos;n dal ar y sgrin, a bydd ymgais arall i&apos;w cadw mewn munud.</translation>
    </message>
</context>
<context>
    <name>BidPartnersBox</name>
    <message>
        <source>Partners in this bid</source>
        <translation>Partneriaid yn y cais hwn</translation>
    </message>
    <message>
        <source>Partners named on this bid</source>
        <translation>Partneriaid a enwir ar y cais hwn</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Role in the bid</source>
        <translation>Rôl yn y cais</translation>
    </message>
    <message>
        <source>Share of the value, in per cent</source>
        <translation>Cyfran o&apos;r gwerth, fel canran</translation>
    </message>
    <message>
        <source>What they deliver</source>
        <translation>Beth maen nhw&apos;n ei ddarparu</translation>
    </message>
    <message>
        <source>Services they deliver</source>
        <translation>Gwasanaethau maen nhw&apos;n eu darparu</translation>
    </message>
    <message>
        <source>They must work only with us (exclusivity)</source>
        <translation>Rhaid iddyn nhw weithio gyda ni yn unig (detholusrwydd)</translation>
    </message>
    <message>
        <source>Na&amp;me on the bid, or update</source>
        <translation>Enwi ar y cais, ne&amp;u ddiweddaru</translation>
    </message>
    <message>
        <source>Name the partner on the bid, or update it</source>
        <translation>Enwi&apos;r partner ar y cais, neu ei ddiweddaru</translation>
    </message>
    <message>
        <source>Take off the bid</source>
        <translation>Tynnu oddi ar y cais</translation>
    </message>
    <message>
        <source>Switch to another subcontractor</source>
        <translation>Newid i is-gontractwr arall</translation>
    </message>
    <message>
        <source>End their part</source>
        <translation>Dod â&apos;u rhan i ben</translation>
    </message>
    <message>
        <source>Change to a key subcontractor</source>
        <translation>Newid i is-gontractwr allweddol: math o newid</translation>
    </message>
    <message>
        <source>Date the buyer gave permission</source>
        <translation>Dyddiad y rhoddodd y prynwr ganiatâd</translation>
    </message>
    <message>
        <source>The buyer&apos;s reference</source>
        <translation>Cyfeirnod y prynwr</translation>
    </message>
    <message>
        <source>Record the buyer&apos;s permission</source>
        <translation>Cofnodi caniatâd y prynwr</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>Sefydl&amp;iad partner:</translation>
    </message>
    <message>
        <source>Rol&amp;e:</source>
        <translation>&amp;Rôl:</translation>
    </message>
    <message>
        <source>S&amp;hare (%):</source>
        <translation>Cyfr&amp;an (%):</translation>
    </message>
    <message>
        <source>&amp;Services:</source>
        <translation>&amp;Gwasanaethau:</translation>
    </message>
    <message>
        <source>Chan&amp;ge:</source>
        <translation>Newi&amp;d:</translation>
    </message>
    <message>
        <source>Permission date:</source>
        <translation>Dyddiad y caniatâd:</translation>
    </message>
    <message>
        <source>Buyer&apos;s re&amp;ference:</source>
        <translation>Cyf&amp;eirnod y prynwr:</translation>
    </message>
    <message>
        <source>Once a bid is submitted, switching or ending a key subcontractor needs the buyer&apos;s permission: record it here first.</source>
        <translation>Ar ôl cyflwyno cais, mae angen caniatâd y prynwr i newid is-gontractwr allweddol neu i ddod â&apos;i ran i ben: cofnodwch y caniatâd yma yn gyntaf.</translation>
    </message>
    <message>
        <source>Add partner organisations on the Partners page first.</source>
        <translation>Ychwanegwch sefydliadau partner ar y dudalen Partneriaid yn gyntaf.</translation>
    </message>
    <message>
        <source>Choose a partner named on this bid.</source>
        <translation>Dewiswch bartner a enwir ar y cais hwn.</translation>
    </message>
    <message>
        <source>Give the date the buyer gave permission.</source>
        <translation>Rhowch y dyddiad y rhoddodd y prynwr ganiatâd.</translation>
    </message>
    <message>
        <source>Someone else changed this partner&apos;s part in the bid</source>
        <translation>Mae rhywun arall wedi newid rhan y partner hwn yn y cais</translation>
    </message>
    <message>
        <source>Someone else took this partner off the bid</source>
        <translation>Mae rhywun arall wedi tynnu&apos;r partner hwn oddi ar y cais</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Cyfran</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Gwasanaethau</translation>
    </message>
    <message>
        <source>Exclusivity</source>
        <translation>Detholusrwydd</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ie</translation>
    </message>
    <message>
        <source>no</source>
        <translation>na</translation>
    </message>
</context>
<context>
    <name>BidQuestionModel</name>
    <message>
        <source>No.</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <source>Weighting</source>
        <translation>Pwysoliad</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
</context>
<context>
    <name>BidWritingPage</name>
    <message>
        <source>Someone else changed this question</source>
        <translation>Newidiodd rhywun arall y cwestiwn hwn</translation>
    </message>
    <message>
        <source>Someone else removed this question</source>
        <translation>Tynnodd rhywun arall y cwestiwn hwn</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Cyfle</translation>
    </message>
    <message>
        <source>The bid whose questions are shown</source>
        <translation>Y cais y dangosir ei gwestiynau</translation>
    </message>
    <message>
        <source>&amp;Add a question</source>
        <translation>&amp;Ychwanegu cwestiwn</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Ychwanegu cwestiwn</translation>
    </message>
    <message>
        <source>&amp;Import questions…</source>
        <translation>&amp;Mewnforio cwestiynau…</translation>
    </message>
    <message>
        <source>Import questions</source>
        <translation>Mewnforio cwestiynau</translation>
    </message>
    <message>
        <source>From the buyer&apos;s spreadsheet (.xlsx or .csv) or document (.docx)</source>
        <translation>O daenlen y prynwr (.xlsx neu .csv) neu ddogfen (.docx)</translation>
    </message>
    <message>
        <source>Re&amp;move this question</source>
        <translation>Ty&amp;nnu&apos;r cwestiwn hwn</translation>
    </message>
    <message>
        <source>Remove this question</source>
        <translation>Tynnu&apos;r cwestiwn hwn</translation>
    </message>
    <message>
        <source>Chec&amp;k before submitting</source>
        <translation>&amp;Barod i gyflwyno? Gwirio</translation>
    </message>
    <message>
        <source>Check before submitting</source>
        <translation>Gwirio cyn cyflwyno</translation>
    </message>
    <message>
        <source>Lists what is missing or over a limit; Enter on a line opens it</source>
        <translation>Yn rhestru&apos;r hyn sydd ar goll neu dros derfyn; mae Enter ar linell yn ei hagor</translation>
    </message>
    <message>
        <source>Answer li&amp;brary</source>
        <translation>Llyfrgell atebion (&amp;1)</translation>
    </message>
    <message>
        <source>Answer library</source>
        <translation>Llyfrgell atebion</translation>
    </message>
    <message>
        <source>Find answers written before, copy one in, or keep this one</source>
        <translation>Dod o hyd i atebion a ysgrifennwyd o&apos;r blaen, copïo un i mewn, neu gadw&apos;r un hwn</translation>
    </message>
    <message>
        <source>Submission log</source>
        <translation>Cofnod cyflwyno</translation>
    </message>
    <message>
        <source>Record the portal, time, who, the confirmation reference and the files</source>
        <translation>Cofnodi&apos;r porth, yr amser, pwy, y cyfeirnod cadarnhau a&apos;r ffeiliau</translation>
    </message>
    <message>
        <source>What to put right before submitting</source>
        <translation>Beth i&apos;w gywiro cyn cyflwyno</translation>
    </message>
    <message>
        <source>The buyer&apos;s questions</source>
        <translation>Cwestiynau&apos;r prynwr</translation>
    </message>
    <message>
        <source>Choose a question with the arrow keys</source>
        <translation>Dewiswch gwestiwn gyda&apos;r bysellau saeth</translation>
    </message>
    <message>
        <source>The chosen question</source>
        <translation>Y cwestiwn a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Opportunity:</source>
        <translation>&amp;Cyfle:</translation>
    </message>
    <message>
        <source>Bid writing</source>
        <translation>Ysgrifennu&apos;r cais</translation>
    </message>
    <message>
        <source>The buyer&apos;s questions for a bid and your answers, counted as the buyer counts them. Changes save themselves.</source>
        <translation>Cwestiynau&apos;r prynwr ar gyfer cais a&apos;ch atebion, wedi&apos;u cyfrif fel y mae&apos;r prynwr yn eu cyfrif. Mae newidiadau&apos;n cael eu cadw&apos;n awtomatig.</translation>
    </message>
    <message>
        <source>Question number</source>
        <translation>Rhif y cwestiwn</translation>
    </message>
    <message>
        <source>The buyer&apos;s question</source>
        <translation>Cwestiwn y prynwr</translation>
    </message>
    <message>
        <source>The buyer&apos;s guidance</source>
        <translation>Canllawiau&apos;r prynwr</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Dim terfyn</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Terfyn</translation>
    </message>
    <message>
        <source>0 means no limit</source>
        <translation>Mae 0 yn golygu dim terfyn</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>Uned gyfrif</translation>
    </message>
    <message>
        <source>Not weighted</source>
        <translation>Heb bwysoliad</translation>
    </message>
    <message>
        <source>Weighting</source>
        <translation>Pwysoliad</translation>
    </message>
    <message>
        <source>The share of the marks, in per cent</source>
        <translation>Cyfran y marciau, fel canran</translation>
    </message>
    <message>
        <source>Scoring scheme</source>
        <translation>Cynllun sgorio</translation>
    </message>
    <message>
        <source>&amp;Pass or fail question</source>
        <translation>Cwestiwn llwyddo neu &amp;fethu</translation>
    </message>
    <message>
        <source>Pass or fail question</source>
        <translation>Cwestiwn llwyddo neu fethu</translation>
    </message>
    <message>
        <source>A&amp;ttachment needed</source>
        <translation>Angen at&amp;odiad</translation>
    </message>
    <message>
        <source>Attachment needed</source>
        <translation>Angen atodiad</translation>
    </message>
    <message>
        <source>The document to attach</source>
        <translation>Y ddogfen i&apos;w hatodi</translation>
    </message>
    <message>
        <source>From the evidence library; its expiry date is checked against the deadline</source>
        <translation>O&apos;r llyfrgell dystiolaeth; gwirir ei dyddiad dod i ben yn erbyn y terfyn amser</translation>
    </message>
    <message>
        <source>Lots this question is for</source>
        <translation>Y lotiau y mae&apos;r cwestiwn hwn ar eu cyfer</translation>
    </message>
    <message>
        <source>Lot codes separated by commas; empty means every lot of the bid</source>
        <translation>Codau lotiau wedi&apos;u gwahanu gan atalnodau; mae gwag yn golygu pob lot yn y cais</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Eich ateb</translation>
    </message>
    <message>
        <source>&amp;History of this answer…</source>
        <translation>&amp;Hanes yr ateb hwn…</translation>
    </message>
    <message>
        <source>History of this answer</source>
        <translation>Hanes yr ateb hwn</translation>
    </message>
    <message>
        <source>Earlier wordings, to bring one back</source>
        <translation>Geiriadau cynharach, i ddod ag un yn ôl</translation>
    </message>
    <message>
        <source>Who writes this answer</source>
        <translation>Pwy sy&apos;n ysgrifennu&apos;r ateb hwn</translation>
    </message>
    <message>
        <source>Status of this answer</source>
        <translation>Statws yr ateb hwn</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comments</source>
        <translation>Sylwadau&apos;r adolygydd</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>&amp;Rhif:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>C&amp;westiwn:</translation>
    </message>
    <message>
        <source>&amp;Guidance:</source>
        <translation>Canll&amp;awiau:</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Terfyn:</translation>
    </message>
    <message>
        <source>&amp;Counted in:</source>
        <translation>&amp;Uned gyfrif:</translation>
    </message>
    <message>
        <source>&amp;Weighting:</source>
        <translation>&amp;Pwysoliad:</translation>
    </message>
    <message>
        <source>Sco&amp;ring:</source>
        <translation>Sgor&amp;io:</translation>
    </message>
    <message>
        <source>Document to attach:</source>
        <translation>Dogfen i&apos;w hatodi:</translation>
    </message>
    <message>
        <source>Lots (co&amp;des):</source>
        <translation>Lotiau (co&amp;dau):</translation>
    </message>
    <message>
        <source>A&amp;nswer:</source>
        <translation>At&amp;eb:</translation>
    </message>
    <message>
        <source>Own&amp;er:</source>
        <translation>Perchenno&amp;g:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statws:</translation>
    </message>
    <message>
        <source>Re&amp;viewer&apos;s comments:</source>
        <translation>Sy&amp;lwadau&apos;r adolygydd:</translation>
    </message>
    <message>
        <source>No questions yet: add them one by one, or import the buyer&apos;s spreadsheet.</source>
        <translation>Dim cwestiynau eto: ychwanegwch nhw fesul un, neu mewnforiwch daenlen y prynwr.</translation>
    </message>
    <message>
        <source>{opportunity}, question {number}</source>
        <translation>{opportunity}, cwestiwn {number}</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Dim wedi&apos;i ddewis</translation>
    </message>
    <message>
        <source>(no longer in the evidence library)</source>
        <translation>(nid yw yn y llyfrgell dystiolaeth mwyach)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Canllawiau</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Sgorio</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>{final} of {total} final · marks covered by final answers: {covered} of {marks}</source>
        <translation>{final} o {total} yn derfynol · y marciau a gwmpesir gan atebion terfynol: {covered} o {marks}</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>1 cwestiwn</translation>
    </message>
    <message>
        <source>{count} questions</source>
        <translation>{count} o gwestiynau</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>dim perchennog eto</translation>
    </message>
    <message>
        <source>By owner: {owners}</source>
        <translation>Fesul perchennog: {owners}</translation>
    </message>
    <message>
        <source>Question {number}</source>
        <translation>Cwestiwn {number}</translation>
    </message>
    <message>
        <source>Remove this question?</source>
        <translation>Tynnu&apos;r cwestiwn hwn?</translation>
    </message>
    <message>
        <source>Remove question {number} and its answer? This cannot be undone.</source>
        <translation>Tynnu cwestiwn {number} a&apos;i ateb? Ni ellir dadwneud hyn.</translation>
    </message>
    <message>
        <source>✓ Nothing found to put right: every question is answered, within its limit and final, and the bid&apos;s attachments, partners, lots, decision and deadline are in order.</source>
        <translation>✓ Dim byd i&apos;w gywiro: mae pob cwestiwn wedi&apos;i ateb, o fewn ei derfyn ac yn derfynol, ac mae atodiadau, partneriaid, lotiau, penderfyniad a therfyn amser y cais mewn trefn.</translation>
    </message>
    <message>
        <source>Import the buyer&apos;s questions</source>
        <translation>Mewnforio cwestiynau&apos;r prynwr</translation>
    </message>
    <message>
        <source>These questions cannot be imported</source>
        <translation>Ni ellir mewnforio&apos;r cwestiynau hyn</translation>
    </message>
    <message>
        <source>1 question imported.</source>
        <translation>Mewnforiwyd 1 cwestiwn.</translation>
    </message>
    <message>
        <source>{count} questions imported.</source>
        <translation>Mewnforiwyd {count} o gwestiynau.</translation>
    </message>
</context>
<context>
    <name>BoardPanel</name>
    <message>
        <source>Risks the board must weigh</source>
        <translation>Risgiau y mae&apos;n rhaid i&apos;r bwrdd eu pwyso</translation>
    </message>
    <message>
        <source>The charity&apos;s objects, from the organisation profile</source>
        <translation>Amcanion yr elusen, o broffil y sefydliad</translation>
    </message>
    <message>
        <source>Level: {risk}</source>
        <translation>Lefel: {risk}</translation>
    </message>
    <message>
        <source>The board&apos;s view</source>
        <translation>Barn y bwrdd</translation>
    </message>
    <message>
        <source>The board&apos;s view: {risk}</source>
        <translation>Barn y bwrdd: {risk}</translation>
    </message>
    <message>
        <source>TUPE: staff who may transfer</source>
        <translation>TUPE: staff a allai drosglwyddo</translation>
    </message>
    <message>
        <source>Staff who may transfer</source>
        <translation>Staff a allai drosglwyddo</translation>
    </message>
    <message>
        <source>Their pay and on-costs a year, in pounds</source>
        <translation>Eu cyflog a&apos;u costau ychwanegol y flwyddyn, mewn punnoedd</translation>
    </message>
    <message>
        <source>Their pensions</source>
        <translation>Eu pensiynau</translation>
    </message>
    <message>
        <source>For example a public-sector scheme the charity would have to match</source>
        <translation>Er enghraifft cynllun sector cyhoeddus y byddai&apos;n rhaid i&apos;r elusen ei gyfateb</translation>
    </message>
    <message>
        <source>Staff who may transfer:</source>
        <translation>Staff a allai drosglwyddo:</translation>
    </message>
    <message>
        <source>Their pay and on-costs a year (£):</source>
        <translation>Eu cyflog a&apos;u costau ychwanegol y flwyddyn (£):</translation>
    </message>
    <message>
        <source>Their pensions:</source>
        <translation>Eu pensiynau:</translation>
    </message>
    <message>
        <source>Bid / no-bid checklist score</source>
        <translation>Sgôr y rhestr wirio gwneud cais / dim cais</translation>
    </message>
    <message>
        <source>The board&apos;s decision</source>
        <translation>Penderfyniad y bwrdd</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation>Dyddiad y cyfarfod</translation>
    </message>
    <message>
        <source>e.g. Trustees&apos; meeting</source>
        <translation>e.e. Cyfarfod yr ymddiriedolwyr</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cyfarfod</translation>
    </message>
    <message>
        <source>Minute reference</source>
        <translation>Cyfeirnod y cofnod</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Amodau</translation>
    </message>
    <message>
        <source>What the board asks for, e.g. a price no lower than full cost</source>
        <translation>Yr hyn y mae&apos;r bwrdd yn gofyn amdano, e.e. pris nad yw&apos;n is na&apos;r gost lawn</translation>
    </message>
    <message>
        <source>Date of the meeting:</source>
        <translation>Dyddiad y cyfarfod:</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Cyfarfod:</translation>
    </message>
    <message>
        <source>Mi&amp;nute reference:</source>
        <translation>Cyfeirnod y co&amp;fnod:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Penderfyniad:</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Amodau:</translation>
    </message>
    <message>
        <source>Record the bo&amp;ard&apos;s decision</source>
        <translation>Cofnodi penderfyniad y b&amp;wrdd</translation>
    </message>
    <message>
        <source>Record the board&apos;s decision</source>
        <translation>Cofnodi penderfyniad y bwrdd</translation>
    </message>
    <message>
        <source>It becomes the opportunity&apos;s bid / no-bid decision</source>
        <translation>Daw&apos;n benderfyniad y cyfle i wneud cais neu beidio</translation>
    </message>
    <message>
        <source>The decision recorded</source>
        <translation>Y penderfyniad a gofnodwyd</translation>
    </message>
    <message>
        <source>The charity&apos;s objects: {objects}</source>
        <translation>Amcanion yr elusen: {objects}</translation>
    </message>
    <message>
        <source>Add the charity&apos;s objects to the organisation profile to check the fit against them.</source>
        <translation>Ychwanegwch amcanion yr elusen at broffil y sefydliad i wirio&apos;r cyd-fynd yn eu herbyn.</translation>
    </message>
    <message>
        <source>Bid / no-bid checklist score: {score} / 100 (answered on the opportunity&apos;s page).</source>
        <translation>Sgôr y rhestr wirio gwneud cais / dim cais: {score} / 100 (wedi&apos;i hateb ar dudalen y cyfle).</translation>
    </message>
    <message>
        <source>The bid / no-bid checklist is not answered yet: answer it on the opportunity&apos;s page (Opportunities).</source>
        <translation>Nid yw&apos;r rhestr wirio gwneud cais / dim cais wedi&apos;i hateb eto: atebwch hi ar dudalen y cyfle (Cyfleoedd).</translation>
    </message>
    <message>
        <source>Recorded — {decision}. It is the opportunity&apos;s bid / no-bid decision now.</source>
        <translation>Wedi&apos;i gofnodi — {decision}. Dyma benderfyniad y cyfle i wneud cais neu beidio bellach.</translation>
    </message>
    <message>
        <source>No decision recorded yet: the trustees&apos; paper leaves a space to write it.</source>
        <translation>Nid oes penderfyniad wedi&apos;i gofnodi eto: mae papur yr ymddiriedolwyr yn gadael lle i&apos;w ysgrifennu.</translation>
    </message>
    <message>
        <source>Their pay and on-costs a year</source>
        <translation>Eu cyflog a&apos;u costau ychwanegol y flwyddyn</translation>
    </message>
    <message>
        <source>Someone else changed the board&apos;s review</source>
        <translation>Mae rhywun arall wedi newid adolygiad y bwrdd</translation>
    </message>
    <message>
        <source>A colleague saved this opportunity&apos;s risks or decision while you were changing them. Theirs are shown now: make your change again.</source>
        <translation>Cadwodd cydweithiwr risgiau neu benderfyniad y cyfle hwn tra oeddech chi&apos;n eu newid. Dangosir eu rhai nhw nawr: gwnewch eich newid eto.</translation>
    </message>
</context>
<context>
    <name>CashFlowChart</name>
    <message>
        <source>Cash-flow chart</source>
        <translation>Siart llif arian</translation>
    </message>
    <message>
        <source>No cash flow yet: add costs and a price.</source>
        <translation>Dim llif arian eto: ychwanegwch gostau a phris.</translation>
    </message>
    <message>
        <source>Lowest point {amount} in month {month}.</source>
        <translation>Y pwynt isaf {amount} ym mis {month}.</translation>
    </message>
    <message>
        <source>Free reserves {amount}.</source>
        <translation>Cronfeydd wrth gefn rhydd {amount}.</translation>
    </message>
    <message>
        <source>Free reserves {amount}</source>
        <translation>Cronfeydd wrth gefn rhydd {amount}</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Catalogue</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <source>Need categories</source>
        <translation>Categorïau angen</translation>
    </message>
    <message>
        <source>Choose a category to show only its lots</source>
        <translation>Dewiswch gategori i ddangos ei lotiau yn unig</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lotiau</translation>
    </message>
    <message>
        <source>The framework&apos;s lots that match the filters</source>
        <translation>Lotiau&apos;r fframwaith sy&apos;n cyfateb i&apos;r hidlwyr</translation>
    </message>
    <message>
        <source>Lot details</source>
        <translation>Manylion y lot</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Unrhyw un</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Rhanbarth</translation>
    </message>
    <message>
        <source>PCC area</source>
        <translation>Ardal PCC</translation>
    </message>
    <message>
        <source>Only for</source>
        <translation>Dim ond ar gyfer</translation>
    </message>
    <message>
        <source>Words in the lot, area or category</source>
        <translation>Geiriau yn y lot, yr ardal neu&apos;r categori</translation>
    </message>
    <message>
        <source>Search lots</source>
        <translation>Chwilio lotiau</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>C&amp;lirio&apos;r hidlwyr</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clirio&apos;r hidlwyr</translation>
    </message>
    <message>
        <source>Number of lots shown</source>
        <translation>Nifer y lotiau a ddangosir</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegori:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Rhanbarth:</translation>
    </message>
    <message>
        <source>PCC &amp;area:</source>
        <translation>&amp;Ardal PCC:</translation>
    </message>
    <message>
        <source>&amp;Only for:</source>
        <translation>&amp;Dim ond ar gyfer:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Chwilio:</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n of {total} lots</source>
        <translation>
            <numerusform>Yn dangos %n o {total} lot</numerusform>
            <numerusform>Yn dangos %n o {total} lot</numerusform>
            <numerusform>Yn dangos %n o {total} lot</numerusform>
            <numerusform>Yn dangos %n o {total} lot</numerusform>
            <numerusform>Yn dangos %n o {total} lot</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a lot to see what it covers, how it is bought and the words to know.</source>
        <translation>Dewiswch lot i weld beth mae&apos;n ei gwmpasu, sut mae&apos;n cael ei brynu a&apos;r geiriau y dylech eu gwybod.</translation>
    </message>
</context>
<context>
    <name>CategoryTreeModel</name>
    <message>
        <source>Needs</source>
        <translation>Anghenion</translation>
    </message>
    <message>
        <source>Groups of people (cohorts)</source>
        <translation>Grwpiau o bobl (carfanau)</translation>
    </message>
    <message>
        <source>Other services</source>
        <translation>Gwasanaethau eraill</translation>
    </message>
    <message>
        <source>Need categories</source>
        <translation>Categorïau angen</translation>
    </message>
</context>
<context>
    <name>ChoiceInput</name>
    <message>
        <source>(not chosen)</source>
        <translation>(heb ei ddewis)</translation>
    </message>
</context>
<context>
    <name>CostingPage</name>
    <message>
        <source>Opportunity to cost</source>
        <translation>Y cyfle i&apos;w gostio</translation>
    </message>
    <message>
        <source>Contract length in months</source>
        <translation>Hyd y contract mewn misoedd</translation>
    </message>
    <message>
        <source>Price you will bid, in pounds</source>
        <translation>Y pris y byddwch yn ei gynnig, mewn punnoedd</translation>
    </message>
    <message>
        <source>Leave empty to use the opportunity&apos;s value</source>
        <translation>Gadewch yn wag i ddefnyddio gwerth y cyfle</translation>
    </message>
    <message>
        <source>People supported or sessions a year</source>
        <translation>Pobl a gefnogir neu sesiynau&apos;r flwyddyn</translation>
    </message>
    <message>
        <source>e.g. people supported</source>
        <translation>e.e. pobl a gefnogir</translation>
    </message>
    <message>
        <source>What a unit is</source>
        <translation>Beth yw uned</translation>
    </message>
    <message>
        <source>Days after the month&apos;s end the buyer pays</source>
        <translation>Sawl diwrnod ar ôl diwedd y mis y mae&apos;r prynwr yn talu</translation>
    </message>
    <message>
        <source>VAT can be &amp;recovered</source>
        <translation>Gellir &amp;adennill TAW</translation>
    </message>
    <message>
        <source>VAT can be recovered</source>
        <translation>Gellir adennill TAW</translation>
    </message>
    <message>
        <source>Pays the apprenticeship le&amp;vy</source>
        <translation>Yn talu&apos;r a&amp;rdoll prentisiaethau</translation>
    </message>
    <message>
        <source>Pays the apprenticeship levy</source>
        <translation>Yn talu&apos;r ardoll prentisiaethau</translation>
    </message>
    <message>
        <source>Only employers whose pay bill is over £3 million pay it</source>
        <translation>Dim ond cyflogwyr y mae eu bil cyflogau dros £3 miliwn sy&apos;n ei thalu</translation>
    </message>
    <message>
        <source>Contract &amp;length (months):</source>
        <translation>&amp;Hyd y contract (misoedd):</translation>
    </message>
    <message>
        <source>&amp;Price you will bid (£):</source>
        <translation>&amp;Pris y byddwch yn ei gynnig (£):</translation>
    </message>
    <message>
        <source>People or sessions a &amp;year:</source>
        <translation>Pobl neu sesiynau&apos;r f&amp;lwyddyn:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Uned:</translation>
    </message>
    <message>
        <source>Paid after (&amp;days):</source>
        <translation>Talu ar ôl (&amp;diwrnodau):</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Central costs a year, in pounds</source>
        <translation>Costau canolog y flwyddyn, mewn punnoedd</translation>
    </message>
    <message>
        <source>Management, finance, HR, governance and the like</source>
        <translation>Rheoli, cyllid, adnoddau dynol, llywodraethu ac ati</translation>
    </message>
    <message>
        <source>How central costs are shared</source>
        <translation>Sut y rhennir y costau canolog</translation>
    </message>
    <message>
        <source>The whole charity&apos;s figure</source>
        <translation>Ffigur yr elusen gyfan</translation>
    </message>
    <message>
        <source>Staff (FTE), direct costs a year in pounds, or floor space in square metres, as the sharing asks</source>
        <translation>Staff (cyfwerth ag amser llawn), costau uniongyrchol y flwyddyn mewn punnoedd, neu arwynebedd llawr mewn metrau sgwâr, yn ôl y dull rhannu</translation>
    </message>
    <message>
        <source>The contract&apos;s floor space in square metres</source>
        <translation>Arwynebedd llawr y contract mewn metrau sgwâr</translation>
    </message>
    <message>
        <source>&amp;Central costs a year (£):</source>
        <translation>&amp;Costau canolog y flwyddyn (£):</translation>
    </message>
    <message>
        <source>S&amp;hared by:</source>
        <translation>Wedi&apos;u rha&amp;nnu yn ôl:</translation>
    </message>
    <message>
        <source>&amp;Whole charity&apos;s figure:</source>
        <translation>Ffigur yr &amp;elusen gyfan:</translation>
    </message>
    <message>
        <source>Contract&apos;s &amp;floor space (m²):</source>
        <translation>Arwynebedd llawr y con&amp;tract (m²):</translation>
    </message>
    <message>
        <source>Overheads</source>
        <translation>Gorbenion</translation>
    </message>
    <message>
        <source>Staff lines</source>
        <translation>Llinellau staff</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Salary a year (£)</source>
        <translation>Cyflog y flwyddyn (£)</translation>
    </message>
    <message>
        <source>FTE</source>
        <translation>Cyfwerth ag amser llawn</translation>
    </message>
    <message>
        <source>Pension %</source>
        <translation>Pensiwn %</translation>
    </message>
    <message>
        <source>Start month</source>
        <translation>Mis cychwyn</translation>
    </message>
    <message>
        <source>Rise a year %</source>
        <translation>Cynnydd y flwyddyn %</translation>
    </message>
    <message>
        <source>Add a &amp;staff line</source>
        <translation>Ychwanegu llinell &amp;staff</translation>
    </message>
    <message>
        <source>Add a staff line</source>
        <translation>Ychwanegu llinell staff</translation>
    </message>
    <message>
        <source>Re&amp;move the staff line</source>
        <translation>D&amp;ileu&apos;r llinell staff</translation>
    </message>
    <message>
        <source>Remove the chosen staff line</source>
        <translation>Dileu&apos;r llinell staff a ddewiswyd</translation>
    </message>
    <message>
        <source>Other costs</source>
        <translation>Costau eraill</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>Amount (£)</source>
        <translation>Swm (£)</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TAW</translation>
    </message>
    <message>
        <source>Once only</source>
        <translation>Unwaith yn unig</translation>
    </message>
    <message>
        <source>Add a cos&amp;t</source>
        <translation>Ychwanegu c&amp;ost</translation>
    </message>
    <message>
        <source>Add a cost</source>
        <translation>Ychwanegu cost</translation>
    </message>
    <message>
        <source>R&amp;emove the cost</source>
        <translation>Dileu&apos;r &amp;gost</translation>
    </message>
    <message>
        <source>Remove the chosen cost</source>
        <translation>Dileu&apos;r gost a ddewiswyd</translation>
    </message>
    <message>
        <source>Full cost and price</source>
        <translation>Cost lawn a phris</translation>
    </message>
    <message>
        <source>Costs and price by year</source>
        <translation>Costau a phris fesul blwyddyn</translation>
    </message>
    <message>
        <source>Cash flow by month</source>
        <translation>Llif arian fesul mis</translation>
    </message>
    <message>
        <source>Costing</source>
        <translation>Costio</translation>
    </message>
    <message>
        <source>&amp;Opportunity:</source>
        <translation>C&amp;yfle:</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Ffigurau</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Bwrdd</translation>
    </message>
    <message>
        <source>Costing figures, or what the board weighs and decides</source>
        <translation>Ffigurau costio, neu&apos;r hyn y mae&apos;r bwrdd yn ei bwyso a&apos;i benderfynu</translation>
    </message>
    <message>
        <source>Figures or Board</source>
        <translation>Ffigurau neu Fwrdd</translation>
    </message>
    <message>
        <source>Arrow keys move between cells; F2 or typing edits one</source>
        <translation>Mae&apos;r bysellau saeth yn symud rhwng celloedd; mae F2 neu deipio yn golygu un</translation>
    </message>
    <message>
        <source>Rates for {year}:</source>
        <translation>Cyfraddau ar gyfer {year}:</translation>
    </message>
    <message>
        <source>Kind of cost {number}</source>
        <translation>Math o gost {number}</translation>
    </message>
    <message>
        <source>VAT on cost {number}</source>
        <translation>TAW ar gost {number}</translation>
    </message>
    <message>
        <source>type a number, like 1.5</source>
        <translation>teipiwch rif, fel 1.5</translation>
    </message>
    <message>
        <source>type a whole number, like 7</source>
        <translation>teipiwch rif cyfan, fel 7</translation>
    </message>
    <message>
        <source>Staff line {number}</source>
        <translation>Llinell staff {number}</translation>
    </message>
    <message>
        <source>Cost {number}</source>
        <translation>Cost {number}</translation>
    </message>
    <message>
        <source>Central costs</source>
        <translation>Costau canolog</translation>
    </message>
    <message>
        <source>Floor space</source>
        <translation>Arwynebedd llawr</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Someone else changed this costing</source>
        <translation>Mae rhywun arall wedi newid y costio hwn</translation>
    </message>
    <message>
        <source>A colleague saved this costing while you were changing it. Their figures are shown now: make your change again.</source>
        <translation>Cadwodd cydweithiwr y costio hwn tra oeddech chi&apos;n ei newid. Dangosir eu ffigurau nhw nawr: gwnewch eich newid eto.</translation>
    </message>
    <message>
        <source>{amount} per {unit}.</source>
        <translation>{amount} fesul {unit}.</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>uned</translation>
    </message>
    <message>
        <source>Full cost {full} (direct {direct}, overheads {overheads}). Price {price}; margin {margin}.</source>
        <translation>Cost lawn {full} (uniongyrchol {direct}, gorbenion {overheads}). Pris {price}; maint yr elw {margin}.</translation>
    </message>
</context>
<context>
    <name>CostingTables</name>
    <message>
        <source>Year</source>
        <translation>Blwyddyn</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Misoedd</translation>
    </message>
    <message>
        <source>Staff with on-costs</source>
        <translation>Staff gyda chostau ychwanegol</translation>
    </message>
    <message>
        <source>Other costs</source>
        <translation>Costau eraill</translation>
    </message>
    <message>
        <source>VAT not recovered</source>
        <translation>TAW nas adenillir</translation>
    </message>
    <message>
        <source>Overheads</source>
        <translation>Gorbenion</translation>
    </message>
    <message>
        <source>Full cost</source>
        <translation>Cost lawn</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Maint yr elw</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mis</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Wedi&apos;i wario</translation>
    </message>
    <message>
        <source>Paid to you</source>
        <translation>Wedi&apos;i dalu i chi</translation>
    </message>
    <message>
        <source>Running balance</source>
        <translation>Balans cyfredol</translation>
    </message>
    <message>
        <source>Mobilisation</source>
        <translation>Paratoi</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Add deadlines to your &amp;calendar…</source>
        <translation>Ychwanegu terfynau amser at eich &amp;calendr…</translation>
    </message>
    <message>
        <source>Add deadlines to your calendar</source>
        <translation>Ychwanegu terfynau amser at eich calendr</translation>
    </message>
    <message>
        <source>Saves an .ics file that Outlook, Google or Apple Calendar can import</source>
        <translation>Mae&apos;n cadw ffeil .ics y gall Outlook, Google neu Apple Calendar ei mewnforio</translation>
    </message>
    <message>
        <source>Next deadlines</source>
        <translation>Terfynau amser nesaf</translation>
    </message>
    <message>
        <source>How ready you are</source>
        <translation>Pa mor barod ydych chi</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dangosfwrdd</translation>
    </message>
    <message>
        <source>Next: {action}</source>
        <translation>Nesaf: {action}</translation>
    </message>
    <message>
        <source>Opens the place where it is done</source>
        <translation>Yn agor y man lle mae gwneud hyn</translation>
    </message>
    <message>
        <source>All your evidence is in date.</source>
        <translation>Mae eich holl dystiolaeth yn ddilys.</translation>
    </message>
    <message>
        <source>Portal journey</source>
        <translation>Taith y porth</translation>
    </message>
    <message>
        <source>Supplier registration</source>
        <translation>Cofrestru fel cyflenwr</translation>
    </message>
    <message>
        <source>Evidence asked for, in date</source>
        <translation>Tystiolaeth y gofynnir amdani, yn ddilys</translation>
    </message>
    <message>
        <source>Your next step:</source>
        <translation>Eich cam nesaf:</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Y cam nesaf</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Angen sylw</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Cyfleoedd</translation>
    </message>
    <message>
        <source>Reading your figures…</source>
        <translation>Yn darllen eich ffigurau…</translation>
    </message>
    <message>
        <source>How ready you are: {percent} %</source>
        <translation>Pa mor barod ydych chi: {percent} %</translation>
    </message>
    <message>
        <source>none added yet</source>
        <translation>dim wedi&apos;i hychwanegu eto</translation>
    </message>
    <message>
        <source>{in_date} of {total}</source>
        <translation>{in_date} o {total}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <source>Tasks overdue: {count}</source>
        <translation>Tasgau hwyr: {count}</translation>
    </message>
    <message>
        <source>{task} ({opportunity}), due {day}</source>
        <translation>{task} ({opportunity}), i&apos;w chwblhau erbyn {day}</translation>
    </message>
    <message>
        <source>None overdue</source>
        <translation>Dim yn hwyr</translation>
    </message>
    <message>
        <source>No tasks are overdue.</source>
        <translation>Does dim tasgau&apos;n hwyr.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>Documents that need attention: {count}</source>
        <translation>Dogfennau sydd angen sylw: {count}</translation>
    </message>
    <message>
        <source>In date</source>
        <translation>Yn ddilys</translation>
    </message>
    <message>
        <source>No documents yet: add your policies, accounts and insurance certificates to the evidence library first.</source>
        <translation>Dim dogfennau eto: ychwanegwch eich polisïau, eich cyfrifon a&apos;ch tystysgrifau yswiriant at y llyfrgell dystiolaeth yn gyntaf.</translation>
    </message>
    <message>
        <source>Open the evidence library</source>
        <translation>Agor y llyfrgell dystiolaeth</translation>
    </message>
    <message>
        <source>No deadlines coming up. Add an opportunity with its timetable and its deadlines show here.</source>
        <translation>Nid oes terfynau amser i ddod. Ychwanegwch gyfle gyda&apos;i amserlen a bydd ei derfynau amser yn ymddangos yma.</translation>
    </message>
    <message>
        <source>No deadlines yet: add your first opportunity, a tender you mean to bid for, and its deadlines show here.</source>
        <translation>Dim terfynau amser eto: ychwanegwch eich cyfle cyntaf, tendr rydych chi&apos;n bwriadu gwneud cais amdano, a bydd ei derfynau amser yn ymddangos yma.</translation>
    </message>
    <message>
        <source>No opportunities yet: add your first one, a tender you have seen, on the Opportunities page.</source>
        <translation>Does dim cyfleoedd eto: ychwanegwch eich un cyntaf, tendr rydych chi wedi&apos;i weld, ar y dudalen Cyfleoedd.</translation>
    </message>
    <message>
        <source>Add your first opportunity…</source>
        <translation>Ychwanegu eich cyfle cyntaf…</translation>
    </message>
    <message>
        <source>Withdrawn: {count}</source>
        <translation>Wedi&apos;u tynnu&apos;n ôl: {count}</translation>
    </message>
    <message>
        <source>{stage}: {count}</source>
        <translation>{stage}: {count}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heddiw</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Yfory</translation>
    </message>
    <message>
        <source>In {days} days</source>
        <translation>Ymhen {days} diwrnod</translation>
    </message>
    <message>
        <source>Save the deadlines as a calendar file</source>
        <translation>Cadw&apos;r terfynau amser fel ffeil calendr</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Ffeiliau calendr (*.ics)</translation>
    </message>
    <message>
        <source>The calendar was not saved</source>
        <translation>Ni chafodd y calendr ei gadw</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <translation>Nid oedd modd ysgrifennu {file}: {reason}</translation>
    </message>
</context>
<context>
    <name>EligibilityMatrixModel</name>
    <message>
        <source>Only for {cohort}</source>
        <translation>Dim ond ar gyfer {cohort}</translation>
    </message>
    <message>
        <source>{category} in {region}</source>
        <translation>{category} yn rhanbarth {region}</translation>
    </message>
    <message>
        <source>{where}: no lot</source>
        <translation>{where}: dim lot</translation>
    </message>
    <message>
        <source>{where}: {standing}, {lots}</source>
        <translation>{where}: {standing}, {lots}</translation>
    </message>
    <message>
        <source>1 lot</source>
        <translation>1 lot</translation>
    </message>
    <message>
        <source>{count} lots</source>
        <translation>{count} lot</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Arwain</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <source>What it means</source>
        <translation>Beth mae&apos;n ei olygu</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>Pa mor sicr</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Ffynhonnell</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>&amp;Add a document…</source>
        <translation>&amp;Ychwanegu dogfen…</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Ychwanegu dogfen</translation>
    </message>
    <message>
        <source>Copies the file into your evidence library; the original is not changed</source>
        <translation>Mae&apos;n copïo&apos;r ffeil i&apos;ch llyfrgell dystiolaeth; nid yw&apos;r ffeil wreiddiol yn cael ei newid</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <source>Open the document in its usual program</source>
        <translation>Agor y ddogfen yn ei rhaglen arferol</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Tynnu…</translation>
    </message>
    <message>
        <source>Remove the document from the library</source>
        <translation>Tynnu&apos;r ddogfen o&apos;r llyfrgell</translation>
    </message>
    <message>
        <source>&amp;Check all files</source>
        <translation>&amp;Gwirio pob ffeil</translation>
    </message>
    <message>
        <source>Check every stored file is unchanged</source>
        <translation>Gwirio nad oes unrhyw ffeil sydd wedi&apos;i chadw wedi newid</translation>
    </message>
    <message>
        <source>Every document</source>
        <translation>Pob dogfen</translation>
    </message>
    <message>
        <source>Only those that need attention</source>
        <translation>Dim ond y rhai sydd angen sylw</translation>
    </message>
    <message>
        <source>Show which documents</source>
        <translation>Pa ddogfennau i’w dangos</translation>
    </message>
    <message>
        <source>Documents in your evidence library</source>
        <translation>Dogfennau yn eich llyfrgell dystiolaeth</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>e.g. Safeguarding policy 2026</source>
        <translation>e.e. Polisi diogelu 2026</translation>
    </message>
    <message>
        <source>Type of document</source>
        <translation>Math o ddogfen</translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation>&amp;Cyhoeddwyd ar:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>Yn ddi&amp;lys tan:</translation>
    </message>
    <message>
        <source>Review &amp;by:</source>
        <translation>Ad&amp;olygu erbyn:</translation>
    </message>
    <message>
        <source>Notes about this document</source>
        <translation>Nodiadau am y ddogfen hon</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;eitl:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <source>Type it like 31/03/2027</source>
        <translation>Teipiwch y dyddiad fel hyn: 31/03/2027</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Nodiadau:</translation>
    </message>
    <message>
        <source>Add your first document…</source>
        <translation>Ychwanegwch eich dogfen gyntaf…</translation>
    </message>
    <message>
        <source>Add your first document</source>
        <translation>Ychwanegwch eich dogfen gyntaf</translation>
    </message>
    <message>
        <source>No documents yet</source>
        <translation>Dim dogfennau eto</translation>
    </message>
    <message>
        <source>Evidence library</source>
        <translation>Llyfrgell dystiolaeth</translation>
    </message>
    <message>
        <source>Policies, accounts, insurance certificates and accreditations. Each file is copied into the app&apos;s data folder, so moving or editing the original does not break anything. Give each a valid-until or review date to be warned 60 and 30 days before.</source>
        <translation>Polisïau, cyfrifon, tystysgrifau yswiriant ac achrediadau. Caiff pob ffeil ei chopïo i ffolder data&apos;r ap, felly ni fydd symud na golygu&apos;r ffeil wreiddiol yn torri dim. Rhowch ddyddiad &apos;yn ddilys tan&apos; neu ddyddiad adolygu i bob un er mwyn cael rhybudd 60 a 30 diwrnod ymlaen llaw.</translation>
    </message>
    <message>
        <source>None of your documents needs attention: each is in date and its file unchanged. Choose “Every document” to see them all.</source>
        <translation>Nid oes angen sylw ar yr un o&apos;ch dogfennau: mae pob un mewn dyddiad a&apos;i ffeil heb newid. Dewiswch “Pob dogfen” i&apos;w gweld i gyd.</translation>
    </message>
    <message>
        <source>Your evidence library is empty. Add your policies, accounts, insurance certificates and accreditations: each is checked for its valid-until and review dates, and you are warned 60 and 30 days before.</source>
        <translation>Mae eich llyfrgell dystiolaeth yn wag. Ychwanegwch eich polisïau, eich cyfrifon, eich tystysgrifau yswiriant a&apos;ch achrediadau: caiff pob un ei wirio am ei ddyddiad dilys tan a&apos;i ddyddiad adolygu, a chewch eich rhybuddio 60 a 30 diwrnod ymlaen llaw.</translation>
    </message>
    <message>
        <source>Nothing needs attention</source>
        <translation>Does dim angen sylw</translation>
    </message>
    <message>
        <source>Add a document to start your library.</source>
        <translation>Ychwanegwch ddogfen i ddechrau eich llyfrgell.</translation>
    </message>
    <message>
        <source>This file was not added</source>
        <translation>Ni chafodd y ffeil hon ei hychwanegu</translation>
    </message>
    <message>
        <source>The file is missing</source>
        <translation>Mae&apos;r ffeil ar goll</translation>
    </message>
    <message>
        <source>The stored copy of &quot;{title}&quot; is missing. Add the file again.</source>
        <translation>Mae&apos;r copi sydd wedi&apos;i gadw o &quot;{title}&quot; ar goll. Ychwanegwch y ffeil eto.</translation>
    </message>
    <message>
        <source>Remove this document?</source>
        <translation>Tynnu&apos;r ddogfen hon?</translation>
    </message>
    <message>
        <source>Remove &quot;{title}&quot; from your evidence library? Your original file is not touched.</source>
        <translation>Tynnu &quot;{title}&quot; o&apos;ch llyfrgell dystiolaeth? Fydd eich ffeil wreiddiol ddim yn cael ei newid.</translation>
    </message>
    <message>
        <source>Someone else changed this document&apos;s details</source>
        <translation>Mae rhywun arall wedi newid manylion y ddogfen hon</translation>
    </message>
    <message>
        <source>Someone else removed this document</source>
        <translation>Mae rhywun arall wedi tynnu&apos;r ddogfen hon</translation>
    </message>
    <message>
        <source>File: {name} ({size} KB). A copy is kept in your evidence library.</source>
        <translation>Ffeil: {name} ({size} KB). Cedwir copi yn eich llyfrgell dystiolaeth.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Cyhoeddwyd ar</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Yn ddilys tan</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Adolygu erbyn</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
</context>
<context>
    <name>EvidenceTableModel</name>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Yn ddilys tan</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Adolygu erbyn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>Example: {example}</source>
        <translation>Enghraifft: {example}</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (gofynnol)</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Hanes…</translation>
    </message>
    <message>
        <source>Earlier versions of: {question}</source>
        <translation>Fersiynau cynharach o: {question}</translation>
    </message>
    <message>
        <source>{words} of {limit} words</source>
        <translation>{words} o {limit} gair</translation>
    </message>
    <message>
        <source>{words} words</source>
        <translation>{words} gair</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <source>Find</source>
        <translation>Chwilio</translation>
    </message>
    <message>
        <source>Words from an answer, a document, an opportunity, a task, a partner or a note</source>
        <translation>Geiriau o ateb, dogfen, cyfle, tasg, partner neu nodyn</translation>
    </message>
    <message>
        <source>Type words; the results are listed below</source>
        <translation>Teipiwch eiriau; mae&apos;r canlyniadau wedi&apos;u rhestru isod</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Canlyniadau</translation>
    </message>
    <message>
        <source>Enter opens the chosen result</source>
        <translation>Mae Enter yn agor y canlyniad a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Go to it</source>
        <translation>&amp;Mynd ato</translation>
    </message>
    <message>
        <source>Go to the chosen result</source>
        <translation>Mynd i&apos;r canlyniad a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Look for:</source>
        <translation>&amp;Chwilio am:</translation>
    </message>
    <message>
        <source>Type a word or two to look for.</source>
        <translation>Teipiwch air neu ddau i chwilio amdanyn nhw.</translation>
    </message>
    <message>
        <source>The first {count} results: add another word to find fewer.</source>
        <translation>Y {count} canlyniad cyntaf: ychwanegwch air arall i gael llai.</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 canlyniad</translation>
    </message>
    <message>
        <source>{count} results</source>
        <translation>{count} canlyniad</translation>
    </message>
    <message>
        <source>Nothing found for “{words}”.</source>
        <translation>Dim byd wedi’i ganfod ar gyfer “{words}”.</translation>
    </message>
</context>
<context>
    <name>FrameworkChooser</name>
    <message>
        <source>Framework the pages work on</source>
        <translation>Y fframwaith y mae&apos;r tudalennau&apos;n gweithio arno</translation>
    </message>
    <message>
        <source>Choosing another shows every page for that framework</source>
        <translation>Mae dewis un arall yn dangos pob tudalen ar gyfer y fframwaith hwnnw</translation>
    </message>
    <message>
        <source>Wor&amp;king on:</source>
        <translation>Yn gweithio a&amp;r:</translation>
    </message>
</context>
<context>
    <name>FrameworkDates</name>
    <message>
        <source>Frameworks you follow</source>
        <translation>Fframweithiau rydych chi&apos;n eu dilyn</translation>
    </message>
    <message>
        <source>You follow no framework yet: choose the ones you mean to bid on, on the Frameworks page.</source>
        <translation>Nid ydych chi&apos;n dilyn unrhyw fframwaith eto: dewiswch y rhai rydych chi&apos;n bwriadu gwneud cais arnynt, ar y dudalen Fframweithiau.</translation>
    </message>
    <message>
        <source>Next framework dates: {lines}</source>
        <translation>Dyddiadau nesaf y fframweithiau: {lines}</translation>
    </message>
</context>
<context>
    <name>FrameworkPage</name>
    <message>
        <source>Framework information</source>
        <translation>Gwybodaeth am y fframwaith</translation>
    </message>
    <message>
        <source>Framework information sections</source>
        <translation>Adrannau gwybodaeth am y fframwaith</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Ffaith</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>Ffeithiau allweddol</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Steps to qualify on the buyer&apos;s portal</source>
        <translation>Camau i gymhwyso ar borth y prynwr</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Gair</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Geirfa</translation>
    </message>
    <message>
        <source>Type a word, e.g. standstill</source>
        <translation>Teipiwch air, e.e. cyfnod segur</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>Chwilio&apos;r eirfa</translation>
    </message>
    <message>
        <source>&amp;Find a word:</source>
        <translation>&amp;Chwilio am air:</translation>
    </message>
    <message>
        <source>&amp;Key facts</source>
        <translation>&amp;Ffeithiau allweddol</translation>
    </message>
    <message>
        <source>&amp;How to qualify</source>
        <translation>&amp;Sut i gymhwyso</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Geirfa</translation>
    </message>
    <message>
        <source>Framework guide</source>
        <translation>Canllaw&apos;r fframwaith</translation>
    </message>
</context>
<context>
    <name>FrameworkTableModel</name>
    <message>
        <source>Framework</source>
        <translation>Fframwaith</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Prynwr</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Cyfundrefn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Yn agor</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Yn cau</translation>
    </message>
    <message>
        <source>Deadline date</source>
        <translation>Dyddiad terfyn</translation>
    </message>
    <message>
        <source>Reopens to new suppliers</source>
        <translation>Yn ailagor i gyflenwyr newydd</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Yn dod i ben</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>▶ Working on it</source>
        <translation>▶ Yn gweithio arno</translation>
    </message>
    <message>
        <source>• Following</source>
        <translation>• Yn ei ddilyn</translation>
    </message>
</context>
<context>
    <name>FrameworksPage</name>
    <message>
        <source>Frameworks</source>
        <translation>Fframweithiau</translation>
    </message>
    <message>
        <source>Choose a framework with the arrow keys, then follow it or work on it</source>
        <translation>Dewiswch fframwaith gyda&apos;r bysellau saeth, yna dilynwch ef neu gweithiwch arno</translation>
    </message>
    <message>
        <source>&amp;Work on this framework</source>
        <translation>&amp;Gweithio ar y fframwaith hwn</translation>
    </message>
    <message>
        <source>Work on this framework</source>
        <translation>Gweithio ar y fframwaith hwn</translation>
    </message>
    <message>
        <source>Every page shows this framework&apos;s lots, questions and dates</source>
        <translation>Mae pob tudalen yn dangos lotiau, cwestiynau a dyddiadau&apos;r fframwaith hwn</translation>
    </message>
    <message>
        <source>About the chosen framework</source>
        <translation>Am y fframwaith a ddewiswyd</translation>
    </message>
    <message>
        <source>The frameworks Framework Ready knows, side by side. Follow the ones you mean to bid on: the dashboard shows each one&apos;s next date. The pages work on one at a time; your answers for each are kept apart and never lost when you switch. &quot;(check)&quot; marks a date the notices do not confirm: check the tender documents.</source>
        <translation>Y fframweithiau y mae Framework Ready yn eu hadnabod, ochr yn ochr. Dilynwch y rhai rydych chi&apos;n bwriadu gwneud cais arnynt: mae&apos;r dangosfwrdd yn dangos dyddiad nesaf pob un. Mae&apos;r tudalennau&apos;n gweithio ar un ar y tro; cedwir eich atebion ar gyfer pob un ar wahân, ac ni chânt byth eu colli pan fyddwch chi&apos;n newid. Mae &quot;(gwirio)&quot; yn nodi dyddiad nad yw&apos;r hysbysiadau&apos;n ei gadarnhau: gwiriwch y dogfennau tendr.</translation>
    </message>
    <message>
        <source>Stop &amp;following</source>
        <translation>Peidio â &amp;dilyn</translation>
    </message>
    <message>
        <source>&amp;Follow this framework</source>
        <translation>&amp;Dilyn y fframwaith hwn</translation>
    </message>
    <message>
        <source>The dashboard shows the next date of each framework you follow</source>
        <translation>Mae&apos;r dangosfwrdd yn dangos dyddiad nesaf pob fframwaith rydych chi&apos;n ei ddilyn</translation>
    </message>
    <message>
        <source>No framework information has been loaded yet.</source>
        <translation>Nid oes gwybodaeth am fframwaith wedi&apos;i llwytho eto.</translation>
    </message>
    <message>
        <source>{name} ({short}), {buyer}. {regime}; {procedure}. Source: {source}</source>
        <translation>{name} ({short}), {buyer}. {regime}; {procedure}. Ffynhonnell: {source}</translation>
    </message>
    <message>
        <source>procedure not given</source>
        <translation>gweithdrefn heb ei nodi</translation>
    </message>
</context>
<context>
    <name>GlossaryLabel</name>
    <message>
        <source>Linked words are in the glossary: Tab to one and press Enter to read what it means.</source>
        <translation>Mae&apos;r geiriau cysylltiedig yn yr eirfa: ewch at un gyda Tab a phwyso Enter i ddarllen beth mae&apos;n ei olygu.</translation>
    </message>
</context>
<context>
    <name>GroupInput</name>
    <message>
        <source>{row} {number}</source>
        <translation>{row} {number}</translation>
    </message>
    <message>
        <source>Remove this {row}</source>
        <translation>Tynnu&apos;r {row} yma</translation>
    </message>
    <message>
        <source>Remove {row} {number}</source>
        <translation>Tynnu {row} {number}</translation>
    </message>
    <message>
        <source>Add another {row}</source>
        <translation>Ychwanegu {row} arall</translation>
    </message>
    <message>
        <source>Add {row} 1</source>
        <translation>Ychwanegu {row} 1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Earlier versions</source>
        <translation>Fersiynau cynharach</translation>
    </message>
    <message>
        <source>Saved versions, newest first</source>
        <translation>Fersiynau sydd wedi&apos;u cadw, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>{version} (current)</source>
        <translation>{version} (cyfredol)</translation>
    </message>
    <message>
        <source>The chosen version in full</source>
        <translation>Y fersiwn a ddewiswyd yn llawn</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Adfer y fersiwn hwn</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Adfer y fersiwn hwn</translation>
    </message>
    <message>
        <source>Nothing has been saved for this question yet.</source>
        <translation>Does dim wedi cael ei gadw ar gyfer y cwestiwn hwn eto.</translation>
    </message>
</context>
<context>
    <name>JourneyPage</name>
    <message>
        <source>Portal steps</source>
        <translation>Camau&apos;r porth</translation>
    </message>
    <message>
        <source>Choose a step with the arrow keys</source>
        <translation>Dewiswch gam gyda&apos;r bysellau saeth</translation>
    </message>
    <message>
        <source>Open the portal in your &amp;browser</source>
        <translation>Agor y porth yn eich &amp;porwr</translation>
    </message>
    <message>
        <source>Open the portal in your browser</source>
        <translation>Agor y porth yn eich porwr</translation>
    </message>
    <message>
        <source>Opens the buyer&apos;s website; nothing is sent from this app</source>
        <translation>Mae&apos;n agor gwefan y prynwr; does dim yn cael ei anfon o&apos;r ap hwn</translation>
    </message>
    <message>
        <source>Portal journey</source>
        <translation>Taith y porth</translation>
    </message>
    <message>
        <source>The steps to qualify on the buyer&apos;s e-sourcing portal. Mark each one as you go; changes save themselves.</source>
        <translation>Y camau i gymhwyso ar borth caffael electronig y prynwr. Marciwch bob un wrth i chi fynd; mae newidiadau&apos;n cael eu cadw&apos;n awtomatig.</translation>
    </message>
    <message>
        <source>Next: {action}</source>
        <translation>Nesaf: {action}</translation>
    </message>
</context>
<context>
    <name>LanguageAndLookBox</name>
    <message>
        <source>Framework Ready will be in {language} when you next open it.</source>
        <translation>Bydd Framework Ready yn {language} y tro nesaf y byddwch yn ei agor.</translation>
    </message>
    <message>
        <source>Language and look</source>
        <translation>Iaith a golwg</translation>
    </message>
    <message>
        <source>As the computer is set</source>
        <translation>Fel y mae&apos;r cyfrifiadur wedi&apos;i osod</translation>
    </message>
    <message>
        <source>Language (Iaith)</source>
        <translation>Iaith (Language)</translation>
    </message>
    <message>
        <source>The language of the window; each document can be printed in either</source>
        <translation>Iaith y ffenestr; gellir argraffu pob dogfen yn y naill iaith neu&apos;r llall</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Golau</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tywyll</translation>
    </message>
    <message>
        <source>Light or dark</source>
        <translation>Golau neu dywyll</translation>
    </message>
    <message>
        <source>Language note</source>
        <translation>Nodyn am yr iaith</translation>
    </message>
    <message>
        <source>&amp;Language (Iaith):</source>
        <translation>&amp;Iaith (Language):</translation>
    </message>
    <message>
        <source>Lig&amp;ht or dark:</source>
        <translation>Golau neu &amp;dywyll:</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Search the answer library</source>
        <translation>Chwilio&apos;r llyfrgell atebion</translation>
    </message>
    <message>
        <source>Every answer written before: library entries, bids and the questionnaire</source>
        <translation>Pob ateb a ysgrifennwyd o&apos;r blaen: cofnodion y llyfrgell, ceisiadau a&apos;r holiadur</translation>
    </message>
    <message>
        <source>Answers found</source>
        <translation>Atebion a ganfuwyd</translation>
    </message>
    <message>
        <source>Enter copies the chosen answer into yours</source>
        <translation>Mae Enter yn copïo&apos;r ateb a ddewiswyd i&apos;ch un chi</translation>
    </message>
    <message>
        <source>The chosen answer&apos;s words</source>
        <translation>Geiriau&apos;r ateb a ddewiswyd</translation>
    </message>
    <message>
        <source>Use this answer (copy it into mine)</source>
        <translation>Defnyddio&apos;r ateb hwn (ei gopïo i&apos;m hateb i)</translation>
    </message>
    <message>
        <source>Use this answer</source>
        <translation>Defnyddio&apos;r ateb hwn</translation>
    </message>
    <message>
        <source>Copies its words into your answer; the two stay separate</source>
        <translation>Yn copïo&apos;i eiriau i&apos;ch ateb; mae&apos;r ddau&apos;n aros ar wahân</translation>
    </message>
    <message>
        <source>A short name to find it by</source>
        <translation>Enw byr i ddod o hyd iddo</translation>
    </message>
    <message>
        <source>Library title</source>
        <translation>Teitl yn y llyfrgell</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagiau</translation>
    </message>
    <message>
        <source>Words separated by commas</source>
        <translation>Geiriau wedi&apos;u gwahanu gan atalnodau</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Adolygu erbyn</translation>
    </message>
    <message>
        <source>After this date the entry shows as stale</source>
        <translation>Ar ôl y dyddiad hwn dangosir bod angen adolygu&apos;r cofnod</translation>
    </message>
    <message>
        <source>Outcome of the bid it was used in</source>
        <translation>Canlyniad y cais y&apos;i defnyddiwyd ynddo</translation>
    </message>
    <message>
        <source>Score, if the buyer gave one</source>
        <translation>Sgôr, os rhoddodd y prynwr un</translation>
    </message>
    <message>
        <source>Save to librar&amp;y</source>
        <translation>Cadw yn y llyfrgell (&amp;2)</translation>
    </message>
    <message>
        <source>Save to library</source>
        <translation>Cadw yn y llyfrgell</translation>
    </message>
    <message>
        <source>Keeps a copy of your answer as it is now, with these tags</source>
        <translation>Yn cadw copi o&apos;ch ateb fel y mae nawr, gyda&apos;r tagiau hyn</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Chwilio:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Teitl:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tagiau:</translation>
    </message>
    <message>
        <source>Review by:</source>
        <translation>Adolygu erbyn:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Canlyniad:</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Sgôr:</translation>
    </message>
    <message>
        <source>Keep your answer as it is now in the library:</source>
        <translation>Cadw&apos;ch ateb fel y mae nawr yn y llyfrgell:</translation>
    </message>
    <message>
        <source>Type words to find answers written before.</source>
        <translation>Teipiwch eiriau i ddod o hyd i atebion a ysgrifennwyd o&apos;r blaen.</translation>
    </message>
    <message>
        <source>No answer holds these words.</source>
        <translation>Nid oes ateb yn cynnwys y geiriau hyn.</translation>
    </message>
    <message>
        <source>More answers hold these words: add a word to narrow them.</source>
        <translation>Mae rhagor o atebion yn cynnwys y geiriau hyn: ychwanegwch air i&apos;w cyfyngu.</translation>
    </message>
    <message>
        <source>Saved to the library as &quot;{title}&quot;.</source>
        <translation>Wedi&apos;i gadw yn y llyfrgell fel &quot;{title}&quot;.</translation>
    </message>
</context>
<context>
    <name>LotEligibilityModel</name>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <source>Can you bid?</source>
        <translation>Allwch chi wneud cais?</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pam</translation>
    </message>
</context>
<context>
    <name>LotTableModel</name>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <source>Need categories</source>
        <translation>Categorïau angen</translation>
    </message>
</context>
<context>
    <name>LotsPage</name>
    <message>
        <source>Competition value in pounds (optional)</source>
        <translation>Gwerth y gystadleuaeth mewn punnoedd (dewisol)</translation>
    </message>
    <message>
        <source>Checked against your financial threshold</source>
        <translation>Caiff ei wirio yn erbyn eich trothwy ariannol</translation>
    </message>
    <message>
        <source>All lots</source>
        <translation>Pob lot</translation>
    </message>
    <message>
        <source>Show lots</source>
        <translation>Dangos lotiau</translation>
    </message>
    <message>
        <source>Show &amp;every lot</source>
        <translation>Dangos &amp;pob lot</translation>
    </message>
    <message>
        <source>Show every lot, not only the chosen cell&apos;s</source>
        <translation>Dangos pob lot, nid lotiau&apos;r gell a ddewiswyd yn unig</translation>
    </message>
    <message>
        <source>Competition &amp;value (£):</source>
        <translation>Gwerth y &amp;gystadleuaeth (£):</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Dangos:</translation>
    </message>
    <message>
        <source>Where you can bid: need categories down, probation regions across</source>
        <translation>Ble gallwch chi wneud cais: categorïau angen i lawr, rhanbarthau prawf ar draws</translation>
    </message>
    <message>
        <source>Move with the arrow keys; the lots of the chosen cell are listed below</source>
        <translation>Symudwch gyda&apos;r bysellau saeth; mae lotiau&apos;r gell a ddewiswyd wedi&apos;u rhestru isod</translation>
    </message>
    <message>
        <source>Lots and the reasons</source>
        <translation>Lotiau a&apos;r rhesymau</translation>
    </message>
    <message>
        <source>Reasons for the chosen lot</source>
        <translation>Rhesymau ar gyfer y lot a ddewiswyd</translation>
    </message>
    <message>
        <source>Where you can bid</source>
        <translation>Ble gallwch chi wneud cais</translation>
    </message>
    <message>
        <source>For every lot: whether you can lead a bid, only join one as a partner or subcontractor, or not bid at all, and why. It follows your organisation profile, questionnaire, qualification result and evidence.</source>
        <translation>Ar gyfer pob lot: a allwch chi arwain cais, dim ond ymuno ag un fel partner neu is-gontractwr, neu beidio â gwneud cais o gwbl, a pham. Mae&apos;n dilyn proffil eich sefydliad, eich holiadur, canlyniad eich cais i gymhwyso a&apos;ch tystiolaeth.</translation>
    </message>
    <message>
        <source>✓ You can lead {lead} lots · ◐ partner or subcontractor only for {partner} · ✗ not eligible for {none}</source>
        <translation>✓ Gallwch arwain {lead} lot · ◐ partner neu is-gontractwr yn unig ar gyfer {partner} · ✗ ddim yn gymwys ar gyfer {none}</translation>
    </message>
    <message>
        <source>No lots to show.</source>
        <translation>Does dim lotiau i&apos;w dangos.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Tudalennau</translation>
    </message>
    <message>
        <source>Choose a page with the arrow keys</source>
        <translation>Dewiswch dudalen gyda&apos;r bysellau saeth</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Rhybudd</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Wrthi&apos;n agor eich data…</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Wrthi&apos;n agor</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>Cronfa ddata: {where}</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved. This database file (or its folder or disk) is set so it can only be read; what you see is safe. To make changes, make it writable again or copy it to a folder you can save in.</source>
        <translation>Darllen yn unig: ni ellir cadw newidiadau. Mae&apos;r ffeil cronfa ddata hon (neu ei ffolder neu ei disg) wedi&apos;i gosod fel y gellir ei darllen yn unig; mae&apos;r hyn a welwch yn ddiogel. I wneud newidiadau, gwnewch hi&apos;n bosibl ysgrifennu iddi eto neu copïwch hi i ffolder y gallwch gadw ynddi.</translation>
    </message>
    <message>
        <source>Framework not found</source>
        <translation>Heb ddod o hyd i&apos;r fframwaith</translation>
    </message>
    <message>
        <source>Every page now works on {framework}.</source>
        <translation>Mae pob tudalen bellach yn gweithio ar {framework}.</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved.</source>
        <translation>Darllen yn unig: ni ellir cadw newidiadau.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Agor y ffolder &amp;data</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Mynd</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Bysellau hwylus</translation>
    </message>
    <message>
        <source>&amp;About Framework Ready</source>
        <translation>&amp;Ynghylch Framework Ready</translation>
    </message>
    <message>
        <source>Take the &amp;tour</source>
        <translation>Dilyn y &amp;daith</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dangosfwrdd</translation>
    </message>
    <message>
        <source>Organisation profile</source>
        <translation>Proffil y sefydliad</translation>
    </message>
    <message>
        <source>Framework guide</source>
        <translation>Canllaw&apos;r fframwaith</translation>
    </message>
    <message>
        <source>Selection questionnaire</source>
        <translation>Holiadur dethol</translation>
    </message>
    <message>
        <source>Portal journey</source>
        <translation>Taith y porth</translation>
    </message>
    <message>
        <source>Evidence library</source>
        <translation>Llyfrgell dystiolaeth</translation>
    </message>
    <message>
        <source>Qualification result</source>
        <translation>Canlyniad cymhwyso</translation>
    </message>
    <message>
        <source>Where you can bid</source>
        <translation>Ble gallwch chi wneud cais</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Cyfleoedd</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partneriaid</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Adroddiadau</translation>
    </message>
    <message>
        <source>Bid writing</source>
        <translation>Ysgrifennu&apos;r cais</translation>
    </message>
    <message>
        <source>Supplier registration</source>
        <translation>Cofrestru fel cyflenwr</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>Fframweithiau</translation>
    </message>
    <message>
        <source>Questionnaire (PSQ)</source>
        <translation>Holiadur (PSQ)</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>Gwaharddiadau</translation>
    </message>
    <message>
        <source>Find works once your data is open.</source>
        <translation>Mae chwilio&apos;n gweithio unwaith y bydd eich data ar agor.</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Mae&apos;r copi wrth gefn wedi&apos;i adfer.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Adfer y copi wrth gefn…</translation>
    </message>
    <message>
        <source>Export imported.</source>
        <translation>Mae&apos;r ffeil allforio wedi&apos;i mewnforio.</translation>
    </message>
    <message>
        <source>Importing the export…</source>
        <translation>Mewnforio&apos;r allforio…</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Ni newidiwyd dim byd</translation>
    </message>
    <message>
        <source>The data it replaced is kept as {file}.</source>
        <translation>Mae&apos;r data a ddisodlwyd wedi&apos;i gadw fel {file}.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Croeso</translation>
    </message>
    <message>
        <source>No framework information could be loaded. Reinstall Framework Ready, or ask for help.</source>
        <translation>Nid oedd modd llwytho unrhyw wybodaeth am y fframwaith. Ailosodwch Framework Ready, neu gofynnwch am help.</translation>
    </message>
    <message>
        <source>No framework information</source>
        <translation>Dim gwybodaeth am y fframwaith</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>Some of your latest changes could not be saved. Close anyway and lose them?</source>
        <translation>Nid oedd modd cadw rhai o&apos;ch newidiadau diweddaraf. Cau beth bynnag a&apos;u colli?</translation>
    </message>
    <message>
        <source>Costing</source>
        <translation>Costio</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Please wait</source>
        <translation>Arhoswch</translation>
    </message>
    <message>
        <source>Framework Ready is still busy: {current} Try again when that has finished.</source>
        <translation>Mae Framework Ready yn dal yn brysur: {current} Rhowch gynnig arall arni pan fydd hynny wedi gorffen.</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Ni newidiwyd dim byd</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Aeth rhywbeth o&apos;i le</translation>
    </message>
    <message>
        <source>This did not finish: {what} Your saved work is safe.</source>
        <translation>Ni orffennodd hyn: {what} Mae&apos;ch gwaith a gadwyd yn ddiogel.</translation>
    </message>
    <message>
        <source>What is shown could not be read again. Your saved work is safe.</source>
        <translation>Ni ellid darllen yr hyn a ddangosir eto. Mae&apos;ch gwaith a gadwyd yn ddiogel.</translation>
    </message>
</context>
<context>
    <name>OpportunitiesPage</name>
    <message>
        <source>Find by title or reference</source>
        <translation>Chwilio yn ôl teitl neu gyfeirnod</translation>
    </message>
    <message>
        <source>Find an opportunity</source>
        <translation>Dod o hyd i gyfle</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Unrhyw statws</translation>
    </message>
    <message>
        <source>With overdue tasks</source>
        <translation>Gyda thasgau hwyr</translation>
    </message>
    <message>
        <source>Show opportunities with this status</source>
        <translation>Dangos cyfleoedd â&apos;r statws hwn</translation>
    </message>
    <message>
        <source>&amp;New opportunity</source>
        <translation>&amp;Cyfle newydd</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Cyfle newydd</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Cyfleoedd</translation>
    </message>
    <message>
        <source>Click a heading to sort</source>
        <translation>Cliciwch ar bennawd i drefnu</translation>
    </message>
</context>
<context>
    <name>OpportunityEditor</name>
    <message>
        <source>New opportunity</source>
        <translation>Cyfle newydd</translation>
    </message>
    <message>
        <source>Delete this opportunity…</source>
        <translation>Dileu&apos;r cyfle hwn…</translation>
    </message>
    <message>
        <source>Delete this opportunity</source>
        <translation>Dileu&apos;r cyfle hwn</translation>
    </message>
    <message>
        <source>The chosen opportunity</source>
        <translation>Y cyfle a ddewiswyd</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>e.g. Accommodation Services for Wales</source>
        <translation>e.e. Gwasanaethau Llety ar gyfer Cymru</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Buyer&apos;s reference</source>
        <translation>Cyfeirnod y prynwr</translation>
    </message>
    <message>
        <source>Commissioner</source>
        <translation>Comisiynydd</translation>
    </message>
    <message>
        <source>Contract or grant</source>
        <translation>Contract neu grant</translation>
    </message>
    <message>
        <source>Value in pounds</source>
        <translation>Gwerth mewn punnoedd</translation>
    </message>
    <message>
        <source>Length in months</source>
        <translation>Hyd mewn misoedd</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>Cyfeirn&amp;od:</translation>
    </message>
    <message>
        <source>&amp;Commissioner:</source>
        <translation>Comi&amp;siynydd:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <source>&amp;Value (£):</source>
        <translation>G&amp;werth (£):</translation>
    </message>
    <message>
        <source>&amp;Length (months):</source>
        <translation>&amp;Hyd (misoedd):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Nodiadau:</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lotiau</translation>
    </message>
    <message>
        <source>Lots this opportunity is for</source>
        <translation>Lotiau y mae&apos;r cyfle hwn ar eu cyfer</translation>
    </message>
    <message>
        <source>Tick with the space bar</source>
        <translation>Ticiwch â&apos;r bar bylchu</translation>
    </message>
    <message>
        <source>Type to narrow the list, e.g. Wales or women</source>
        <translation>Teipiwch i gulhau&apos;r rhestr, e.e. Cymru neu menywod</translation>
    </message>
    <message>
        <source>Find a lot in the list</source>
        <translation>Dod o hyd i lot yn y rhestr</translation>
    </message>
    <message>
        <source>Only the ticked ones</source>
        <translation>Dim ond y rhai a diciwyd</translation>
    </message>
    <message>
        <source>Show only the lots ticked</source>
        <translation>Dangos y lotiau a diciwyd yn unig</translation>
    </message>
    <message>
        <source>{ticked} ticked · {shown} of {total} shown</source>
        <translation>{ticked} wedi’u ticio · {shown} o {total} yn cael eu dangos</translation>
    </message>
    <message>
        <source>Timetable (UK time)</source>
        <translation>Amserlen (amser y DU)</translation>
    </message>
    <message>
        <source>{milestone}: date</source>
        <translation>{milestone}: dyddiad</translation>
    </message>
    <message>
        <source>{milestone}: time</source>
        <translation>{milestone}: amser</translation>
    </message>
    <message>
        <source>Leave empty for the whole day</source>
        <translation>Gadewch yn wag ar gyfer y diwrnod cyfan</translation>
    </message>
    <message>
        <source>Procurement rules</source>
        <translation>Rheolau caffael</translation>
    </message>
    <message>
        <source>The Public Contracts Regulations 2015 or the Procurement Act 2023</source>
        <translation>Rheoliadau Contractau Cyhoeddus 2015 neu Ddeddf Caffael 2023</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Gweithdrefn</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Fframwaith</translation>
    </message>
    <message>
        <source>The framework this opportunity is listed under: choose another to move it there</source>
        <translation>Y fframwaith y mae&apos;r cyfle hwn wedi&apos;i restru oddi tano: dewiswch un arall i&apos;w symud yno</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>Cyfundrefn:</translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation>Gweithdrefn gaffael:</translation>
    </message>
    <message>
        <source>Framework:</source>
        <translation>Fframwaith:</translation>
    </message>
    <message>
        <source>Fill in the &amp;usual timetable from the publication date</source>
        <translation>&amp;Llenwi&apos;r amserlen arferol o&apos;r dyddiad cyhoeddi</translation>
    </message>
    <message>
        <source>The usual timetable is not confirmed for this framework: use the buyer&apos;s dates.</source>
        <translation>Nid yw&apos;r amserlen arferol wedi&apos;i chadarnhau ar gyfer y fframwaith hwn: defnyddiwch ddyddiadau&apos;r prynwr.</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>(heb ei wybod eto)</translation>
    </message>
    <message>
        <source>Standstill: {rule}</source>
        <translation>Cyfnod segur: {rule}</translation>
    </message>
    <message>
        <source>For this procedure a standstill is voluntary: check the tender documents.</source>
        <translation>Ar gyfer y weithdrefn hon mae cyfnod segur yn wirfoddol: gwiriwch ddogfennau&apos;r tendr.</translation>
    </message>
    <message>
        <source>Whether this procedure has a standstill is not confirmed: check the tender documents.</source>
        <translation>Nid yw wedi&apos;i gadarnhau a oes cyfnod segur i&apos;r weithdrefn hon: gwiriwch ddogfennau&apos;r tendr.</translation>
    </message>
    <message>
        <source>Move to another framework</source>
        <translation>Symud i fframwaith arall</translation>
    </message>
    <message>
        <source>Move “{opportunity}” to {framework}? It will then be listed when you work on {framework}. Its dates, tasks, bid answers and costing go with it.</source>
        <translation>Symud “{opportunity}” i {framework}? Bydd wedyn yn cael ei restru pan fyddwch yn gweithio ar {framework}. Mae ei ddyddiadau, ei dasgau, atebion y cais a&apos;r costio yn mynd gydag ef.</translation>
    </message>
    <message>
        <source>“{opportunity}” is now listed under {framework}. Choose {framework} in “Working on” to see it.</source>
        <translation>Mae “{opportunity}” bellach wedi&apos;i restru o dan {framework}. Dewiswch {framework} yn “Yn gweithio ar” i&apos;w weld.</translation>
    </message>
    <message>
        <source>Where it is</source>
        <translation>Ble mae&apos;r cyfle arni</translation>
    </message>
    <message>
        <source>Why, when it is lost or withdrawn</source>
        <translation>Pam, os oedd yn aflwyddiannus neu os cafodd ei dynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>Reason for the outcome</source>
        <translation>Rheswm dros y canlyniad</translation>
    </message>
    <message>
        <source>Bid or no bid?</source>
        <translation>Gwneud cais neu beidio?</translation>
    </message>
    <message>
        <source>(not decided)</source>
        <translation>(heb benderfynu)</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>Gwneud cais</translation>
    </message>
    <message>
        <source>No bid</source>
        <translation>Dim cais</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <source>Who decided, e.g. the trustees</source>
        <translation>Pwy benderfynodd, e.e. yr ymddiriedolwyr</translation>
    </message>
    <message>
        <source>Who decided</source>
        <translation>Pwy benderfynodd</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pam</translation>
    </message>
    <message>
        <source>Record the &amp;decision</source>
        <translation>Co&amp;fnodi&apos;r penderfyniad</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>Cofnodi&apos;r penderfyniad</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Penderfyniad:</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Pwy &amp;benderfynodd:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Pam:</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasgau</translation>
    </message>
    <message>
        <source>Tasks: tick when done</source>
        <translation>Tasgau: ticiwch pan fyddant wedi&apos;u gwneud</translation>
    </message>
    <message>
        <source>Space ticks the chosen task</source>
        <translation>Mae&apos;r bar bylchu yn ticio&apos;r dasg a ddewiswyd</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>Beth sydd angen ei wneud</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Tasg newydd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>New task: who does it</source>
        <translation>Tasg newydd: pwy sy&apos;n ei gwneud</translation>
    </message>
    <message>
        <source>New task: due date</source>
        <translation>Tasg newydd: dyddiad cwblhau</translation>
    </message>
    <message>
        <source>&amp;Add task</source>
        <translation>&amp;Ychwanegu tasg</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Ychwanegu tasg</translation>
    </message>
    <message>
        <source>Remove the chosen task</source>
        <translation>Tynnu&apos;r dasg a ddewiswyd</translation>
    </message>
    <message>
        <source>Recorded: {decision}, by {who} on {day}.</source>
        <translation>Cofnodwyd: {decision}, gan {who} ar {day}.</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Statws: {status}</translation>
    </message>
    <message>
        <source>Move to: {status}</source>
        <translation>Symud i: {status}</translation>
    </message>
    <message>
        <source>Score: {score} out of 100</source>
        <translation>Sgôr: {score} allan o 100</translation>
    </message>
    <message>
        <source>&quot;{title}&quot; has the same buyer reference: is it the same opportunity?</source>
        <translation>Mae gan &quot;{title}&quot; yr un cyfeirnod prynwr: ai&apos;r un cyfle ydyw?</translation>
    </message>
    <message>
        <source>Type the length as a number of months.</source>
        <translation>Teipiwch yr hyd fel nifer o fisoedd.</translation>
    </message>
    <message>
        <source>{milestone}: type the time like 12:00.</source>
        <translation>{milestone}: teipiwch yr amser fel 12:00.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rheolau</translation>
    </message>
    <message>
        <source>Type the publication date first.</source>
        <translation>Teipiwch y dyddiad cyhoeddi yn gyntaf.</translation>
    </message>
    <message>
        <source>Remove this task?</source>
        <translation>Tynnu&apos;r dasg hon?</translation>
    </message>
    <message>
        <source>Remove the task &quot;{task}&quot;?</source>
        <translation>Tynnu&apos;r dasg &quot;{task}&quot;?</translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>1 dasg</translation>
    </message>
    <message>
        <source>{count} tasks</source>
        <translation>{count} tasg</translation>
    </message>
    <message>
        <source>Delete &quot;{title}&quot; with its timetable and {tasks}? This cannot be undone.</source>
        <translation>Dileu &quot;{title}&quot; gyda&apos;i amserlen a {tasks}? Does dim modd dadwneud hyn.</translation>
    </message>
    <message>
        <source>Delete this opportunity?</source>
        <translation>Dileu&apos;r cyfle hwn?</translation>
    </message>
    <message>
        <source>Someone else changed this opportunity</source>
        <translation>Mae rhywun arall wedi newid y cyfle hwn</translation>
    </message>
    <message>
        <source>Someone else deleted this opportunity</source>
        <translation>Mae rhywun arall wedi dileu&apos;r cyfle hwn</translation>
    </message>
    <message>
        <source>Someone else changed this task</source>
        <translation>Mae rhywun arall wedi newid y dasg hon</translation>
    </message>
    <message>
        <source>Someone else removed this task</source>
        <translation>Mae rhywun arall wedi tynnu&apos;r dasg hon</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Value (£)</source>
        <translation>Gwerth (£)</translation>
    </message>
    <message>
        <source>Length (months)</source>
        <translation>Hyd (misoedd)</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>Amserlen</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Penderfynwyd gan</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tasg</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ie</translation>
    </message>
    <message>
        <source>no</source>
        <translation>na</translation>
    </message>
</context>
<context>
    <name>OpportunityPicker</name>
    <message>
        <source> — under {framework}</source>
        <translation> — o dan {framework}</translation>
    </message>
    <message>
        <source>No opportunities under {framework} yet: add one on the Opportunities page, or choose another framework in “Working on”.</source>
        <translation>Does dim cyfleoedd o dan {framework} eto: ychwanegwch un ar y dudalen Cyfleoedd, neu dewiswch fframwaith arall yn “Yn gweithio ar”.</translation>
    </message>
</context>
<context>
    <name>OpportunityTableModel</name>
    <message>
        <source>Opportunity</source>
        <translation>Cyfle</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Terfyn amser</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Gwerth</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Tasgau agored</translation>
    </message>
    <message>
        <source>{when}
{days} days left</source>
        <translation>{when}
{days} diwrnod ar ôl</translation>
    </message>
    <message>
        <source>{count} · ⚠ {overdue} overdue</source>
        <translation>{count} · ⚠ {overdue} yn hwyr</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <source>Partner organisations</source>
        <translation>Sefydliadau partner</translation>
    </message>
    <message>
        <source>&amp;New partner</source>
        <translation>&amp;Partner newydd</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Partner newydd</translation>
    </message>
    <message>
        <source>e.g. Tenovus Housing</source>
        <translation>e.e. Tenovus Housing</translation>
    </message>
    <message>
        <source>Partner&apos;s name</source>
        <translation>Enw&apos;r partner</translation>
    </message>
    <message>
        <source>Partner&apos;s charity number</source>
        <translation>Rhif elusen y partner</translation>
    </message>
    <message>
        <source>Partner&apos;s company number</source>
        <translation>Rhif cwmni&apos;r partner</translation>
    </message>
    <message>
        <source>Notes about this partner</source>
        <translation>Nodiadau am y partner hwn</translation>
    </message>
    <message>
        <source>Framework categories this partner delivers</source>
        <translation>Categorïau&apos;r fframwaith y mae&apos;r partner hwn yn eu darparu</translation>
    </message>
    <message>
        <source>Used to show where you can lead a bid with them</source>
        <translation>Caiff ei ddefnyddio i ddangos ble gallwch chi arwain cais gyda nhw</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>&amp;Charity number:</source>
        <translation>Rhif e&amp;lusen:</translation>
    </message>
    <message>
        <source>C&amp;ompany number:</source>
        <translation>Rhif c&amp;wmni:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Nodiadau:</translation>
    </message>
    <message>
        <source>Deli&amp;vers:</source>
        <translation>&amp;Yn darparu:</translation>
    </message>
    <message>
        <source>Figures for each year</source>
        <translation>Ffigurau ar gyfer pob blwyddyn</translation>
    </message>
    <message>
        <source>No years recorded yet: fill in a year&apos;s figures below and save them.</source>
        <translation>Dim blynyddoedd wedi&apos;u cofnodi eto: llenwch ffigurau blwyddyn isod a&apos;u cadw.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Blwyddyn</translation>
    </message>
    <message>
        <source>Services delivered</source>
        <translation>Gwasanaethau a ddarparwyd</translation>
    </message>
    <message>
        <source>Services that year</source>
        <translation>Gwasanaethau&apos;r flwyddyn honno</translation>
    </message>
    <message>
        <source>Spent with the partner that year, in pounds</source>
        <translation>Gwariant gyda&apos;r partner y flwyddyn honno, mewn punnoedd</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Dechreuodd ar</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Daeth i ben ar</translation>
    </message>
    <message>
        <source>Leave empty if ongoing</source>
        <translation>Gadewch yn wag os yw&apos;n parhau</translation>
    </message>
    <message>
        <source>Save the year&apos;s fi&amp;gures</source>
        <translation>&amp;Cadw ffigurau&apos;r flwyddyn</translation>
    </message>
    <message>
        <source>Save the year&apos;s figures</source>
        <translation>Cadw ffigurau&apos;r flwyddyn</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Blwyddyn:</translation>
    </message>
    <message>
        <source>&amp;Services:</source>
        <translation>&amp;Gwasanaethau:</translation>
    </message>
    <message>
        <source>S&amp;pend (£):</source>
        <translation>Gw&amp;ariant (£):</translation>
    </message>
    <message>
        <source>Sta&amp;rted:</source>
        <translation>Dec&amp;hrau:</translation>
    </message>
    <message>
        <source>&amp;Ended:</source>
        <translation>Go&amp;rffen:</translation>
    </message>
    <message>
        <source>For the annual supply-chain report</source>
        <translation>Ar gyfer yr adroddiad blynyddol ar y gadwyn gyflenwi</translation>
    </message>
    <message>
        <source>&amp;Delete this partner…</source>
        <translation>&amp;Dileu&apos;r partner hwn…</translation>
    </message>
    <message>
        <source>Delete this partner</source>
        <translation>Dileu&apos;r partner hwn</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partneriaid</translation>
    </message>
    <message>
        <source>Organisations you bid with, as lead or as their subcontractor. Name them on each bid from the Opportunities page.</source>
        <translation>Sefydliadau rydych chi&apos;n gwneud cais gyda nhw, fel arweinydd neu fel eu his-gontractwr. Enwch nhw ar bob cais o&apos;r dudalen Cyfleoedd.</translation>
    </message>
    <message>
        <source>The chosen partner</source>
        <translation>Y partner a ddewiswyd</translation>
    </message>
    <message>
        <source>Named on: {bids}</source>
        <translation>Wedi&apos;i enwi ar: {bids}</translation>
    </message>
    <message>
        <source>Not named on any bid yet.</source>
        <translation>Heb ei enwi ar unrhyw gais eto.</translation>
    </message>
    <message>
        <source>{year}: {spend} — {services}</source>
        <translation>{year}: {spend} — {services}</translation>
    </message>
    <message>
        <source>Give the year.</source>
        <translation>Rhowch y flwyddyn.</translation>
    </message>
    <message>
        <source>Delete {partner}?</source>
        <translation>Dileu {partner}?</translation>
    </message>
    <message>
        <source>{partner} is named on: {bids}. Take it off those bids and delete it?</source>
        <translation>Mae {partner} wedi&apos;i enwi ar: {bids}. Ei dynnu oddi ar y ceisiadau hynny a&apos;i ddileu?</translation>
    </message>
    <message>
        <source>Delete this partner?</source>
        <translation>Dileu&apos;r partner hwn?</translation>
    </message>
    <message>
        <source>Someone else changed this partner</source>
        <translation>Mae rhywun arall wedi newid y partner hwn</translation>
    </message>
    <message>
        <source>Someone else removed this partner</source>
        <translation>Mae rhywun arall wedi tynnu&apos;r partner hwn</translation>
    </message>
    <message>
        <source>Someone else changed these figures</source>
        <translation>Mae rhywun arall wedi newid y ffigurau hyn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Charity number</source>
        <translation>Rhif elusen</translation>
    </message>
    <message>
        <source>Company number</source>
        <translation>Rhif cwmni</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Delivers</source>
        <translation>Yn darparu</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Gwasanaethau</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Gwariant</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Gorffen</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Preview of the document</source>
        <translation>Rhagolwg o&apos;r ddogfen</translation>
    </message>
    <message>
        <source>The first pages of the document you make are shown here, to check before you open or print it.</source>
        <translation>Dangosir tudalennau cyntaf y ddogfen a wnewch yma, i&apos;w gwirio cyn i chi ei hagor neu ei hargraffu.</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Tudalen {number}</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>No.</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Terfyn</translation>
    </message>
    <message>
        <source>Weighting</source>
        <translation>Pwysoliad</translation>
    </message>
    <message>
        <source>Pass or fail</source>
        <translation>Llwyddo neu fethu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
</context>
<context>
    <name>ProfileValue</name>
    <message>
        <source>From your organisation profile: change it there.</source>
        <translation>O broffil eich sefydliad: gallwch ei newid yno.</translation>
    </message>
    <message>
        <source>Not given yet</source>
        <translation>Heb ei roi eto</translation>
    </message>
    <message>
        <source>From your organisation profile</source>
        <translation>O broffil eich sefydliad</translation>
    </message>
</context>
<context>
    <name>QuestionImport</name>
    <message>
        <source>Sheet</source>
        <translation>Dalen</translation>
    </message>
    <message>
        <source>The sheet of the workbook with the questions</source>
        <translation>Y ddalen yn y llyfr gwaith sy&apos;n dal y cwestiynau</translation>
    </message>
    <message>
        <source>&amp;First row holds the headings</source>
        <translation>Penawdau yn y &amp;rhes gyntaf</translation>
    </message>
    <message>
        <source>First row holds the headings</source>
        <translation>Penawdau yn y rhes gyntaf</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Dalen:</translation>
    </message>
    <message>
        <source>Column for: {what}</source>
        <translation>Colofn ar gyfer: {what}</translation>
    </message>
    <message>
        <source>The questions as they will be saved</source>
        <translation>Y cwestiynau fel y cânt eu cadw</translation>
    </message>
    <message>
        <source>Sa&amp;ve these questions</source>
        <translation>Cadw&apos;r c&amp;westiynau hyn</translation>
    </message>
    <message>
        <source>Save these questions</source>
        <translation>Cadw&apos;r cwestiynau hyn</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>Cansl&amp;o&apos;r mewnforio</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Canslo&apos;r mewnforio</translation>
    </message>
    <message>
        <source>Nothing is saved</source>
        <translation>Ni chedwir dim</translation>
    </message>
    <message>
        <source>Choose which column holds what; the questions below show how they will be saved. Nothing is saved until you press Save.</source>
        <translation>Dewiswch pa golofn sy&apos;n dal beth; mae&apos;r cwestiynau isod yn dangos sut y cânt eu cadw. Ni chedwir dim nes i chi bwyso Cadw.</translation>
    </message>
    <message>
        <source>Import questions from {file}</source>
        <translation>Mewnforio cwestiynau o {file}</translation>
    </message>
    <message>
        <source>Column {letter}</source>
        <translation>Colofn {letter}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <source>How much is done</source>
        <translation>Faint sydd wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Sections of {form}</source>
        <translation>Adrannau {form}</translation>
    </message>
    <message>
        <source>Choose a section with the arrow keys</source>
        <translation>Dewiswch adran gyda&apos;r bysellau saeth</translation>
    </message>
    <message>
        <source>Someone else changed this answer</source>
        <translation>Mae rhywun arall wedi newid yr ateb hwn</translation>
    </message>
    <message>
        <source>&quot;{question}&quot; was changed by someone else while you were typing.

Theirs:
{theirs}

Yours:
{mine}

Which do you want to keep? The other stays in the answer&apos;s history.</source>
        <translation>Newidiwyd &quot;{question}&quot; gan rywun arall tra oeddech chi&apos;n teipio.

Eu hateb nhw:
{theirs}

Eich ateb chi:
{mine}

Pa un ydych chi am ei gadw? Bydd y llall yn aros yn hanes yr ateb.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Cadw fy ateb i</translation>
    </message>
    <message>
        <source>Use theirs</source>
        <translation>Defnyddio eu hateb nhw</translation>
    </message>
    <message>
        <source>Next section: {title}</source>
        <translation>Yr adran nesaf: {title}</translation>
    </message>
    <message>
        <source>{percent}% complete · {done} of {total} sections done</source>
        <translation>{percent}% wedi&apos;i gwblhau · {done} o {total} adran wedi&apos;u gwneud</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Yn cadw…</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Mae pob newid wedi&apos;i gadw</translation>
    </message>
</context>
<context>
    <name>RegistrationSummary</name>
    <message>
        <source>From your Supplier registration</source>
        <translation>O&apos;ch cofrestriad fel cyflenwr</translation>
    </message>
    <message>
        <source>PPON</source>
        <translation>PPON</translation>
    </message>
    <message>
        <source>Supplier information last confirmed</source>
        <translation>Cadarnhawyd gwybodaeth y cyflenwr ddiwethaf</translation>
    </message>
    <message>
        <source>Share codes given</source>
        <translation>Codau rhannu a roddwyd</translation>
    </message>
    <message>
        <source>Open Supplier &amp;registration</source>
        <translation>Agor Cofrestru fel &amp;cyflenwr</translation>
    </message>
    <message>
        <source>Open Supplier registration</source>
        <translation>Agor Cofrestru fel cyflenwr</translation>
    </message>
    <message>
        <source>Change the PPON, the date confirmed or the share codes there</source>
        <translation>Newidiwch y PPON, y dyddiad cadarnhau neu&apos;r codau rhannu yno</translation>
    </message>
    <message>
        <source>Kept once, on the Supplier registration page: change them there.</source>
        <translation>Fe&apos;u cedwir unwaith, ar y dudalen Cofrestru fel cyflenwr: newidiwch nhw yno.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <source>{code} to {buyer}</source>
        <translation>{code} i {buyer}</translation>
    </message>
    <message>
        <source>None recorded yet.</source>
        <translation>Dim wedi&apos;u cofnodi eto.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Document</source>
        <translation>Dogfen</translation>
    </message>
    <message>
        <source>Opportunity for the bid summary</source>
        <translation>Cyfle ar gyfer crynodeb y cais</translation>
    </message>
    <message>
        <source>Year of the supply-chain report</source>
        <translation>Blwyddyn yr adroddiad ar y gadwyn gyflenwi</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Iaith y ddogfen</translation>
    </message>
    <message>
        <source>&amp;Working copy, with drafting notes (word counts and checks)</source>
        <translation>Copi gw&amp;eithio, gyda nodiadau drafftio (cyfrif geiriau a gwiriadau)</translation>
    </message>
    <message>
        <source>Working copy of the qualification pack, with drafting notes</source>
        <translation>Copi gweithio o&apos;r pecyn cymhwyso, gyda nodiadau drafftio</translation>
    </message>
    <message>
        <source>For your own team. Leave it unticked for the pack you send to the buyer or your board.</source>
        <translation>I&apos;ch tîm eich hun. Gadewch y blwch heb ei dicio ar gyfer y pecyn rydych chi&apos;n ei anfon at y prynwr neu at eich bwrdd.</translation>
    </message>
    <message>
        <source>&amp;Make the PDF…</source>
        <translation>C&amp;reu&apos;r PDF…</translation>
    </message>
    <message>
        <source>Make the PDF</source>
        <translation>Creu&apos;r PDF</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Cancel making the PDF</source>
        <translation>Canslo creu&apos;r PDF</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>Choose a document, then make the PDF: it is saved where you say and shown beside these choices.</source>
        <translation>Dewiswch ddogfen, yna gwnewch y PDF: caiff ei chadw lle rydych chi&apos;n ei ddweud a&apos;i dangos wrth ymyl y dewisiadau hyn.</translation>
    </message>
    <message>
        <source>&amp;Open in your PDF viewer</source>
        <translation>&amp;Agor yn eich gwyliwr PDF</translation>
    </message>
    <message>
        <source>Open in your PDF viewer</source>
        <translation>Agor yn eich gwyliwr PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Ar&amp;graffu…</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>Argraffu&apos;r ddogfen</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dogfen:</translation>
    </message>
    <message>
        <source>Opportunit&amp;y:</source>
        <translation>C&amp;yfle:</translation>
    </message>
    <message>
        <source>Y&amp;ear:</source>
        <translation>&amp;Blwyddyn:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>Documents to print (PDF, A4)</source>
        <translation>Dogfennau i&apos;w hargraffu (PDF, A4)</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lotiau</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Cymhwystra</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Cyfleoedd</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasgau</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partneriaid</translation>
    </message>
    <message>
        <source>What to put in the spreadsheet</source>
        <translation>Beth i&apos;w roi yn y daenlen</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Llyfr gwaith Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV, for any spreadsheet (.csv)</source>
        <translation>CSV, ar gyfer unrhyw daenlen (.csv)</translation>
    </message>
    <message>
        <source>Spreadsheet format</source>
        <translation>Fformat y daenlen</translation>
    </message>
    <message>
        <source>&amp;Save the spreadsheet…</source>
        <translation>&amp;Cadw&apos;r daenlen…</translation>
    </message>
    <message>
        <source>Save the spreadsheet</source>
        <translation>Cadw&apos;r daenlen</translation>
    </message>
    <message>
        <source>&amp;Contents:</source>
        <translation>Cy&amp;nnwys:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Fformat:</translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <translation>Taenlenni</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Adroddiadau</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>Cadw&apos;r PDF fel</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the document…</source>
        <translation>Yn creu&apos;r ddogfen…</translation>
    </message>
    <message>
        <source>{pages} pages saved as {file}.</source>
        <translation>{pages} tudalen wedi&apos;u cadw fel {file}.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>Wedi canslo: ni chadwyd dim byd.</translation>
    </message>
    <message>
        <source>The document could not be made. Nothing was saved. Details: {error}</source>
        <translation>Nid oedd modd creu&apos;r ddogfen. Ni chadwyd dim byd. Manylion: {error}</translation>
    </message>
    <message>
        <source>Printing did not start: {reason}</source>
        <translation>Ni ddechreuodd yr argraffu: {reason}</translation>
    </message>
    <message>
        <source>{pages} pages sent to the printer.</source>
        <translation>{pages} tudalen wedi&apos;u hanfon i&apos;r argraffydd.</translation>
    </message>
    <message>
        <source>Save the spreadsheet as</source>
        <translation>Cadw&apos;r daenlen fel</translation>
    </message>
    <message>
        <source>Spreadsheets (*.{kind})</source>
        <translation>Taenlenni (*.{kind})</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <translation>Nid oedd modd ysgrifennu {file}: {reason}</translation>
    </message>
    <message>
        <source>{rows} rows saved as {file}.</source>
        <translation>{rows} rhes wedi&apos;u cadw fel {file}.</translation>
    </message>
</context>
<context>
    <name>SectionListModel</name>
    <message>
        <source>Section</source>
        <translation>Adran</translation>
    </message>
    <message>
        <source>{title}: optional, nothing added</source>
        <translation>{title}: dewisol, dim byd wedi&apos;i ychwanegu</translation>
    </message>
    <message>
        <source>✓ {title}: done</source>
        <translation>✓ {title}: wedi&apos;i chwblhau</translation>
    </message>
    <message>
        <source>{title}: {answered} of {required} answered</source>
        <translation>{title}: {answered} o {required} wedi&apos;u hateb</translation>
    </message>
    <message>
        <source>{title}: {count} to check</source>
        <translation>{title}: {count} i&apos;w gwirio</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>How many automatic backups to keep</source>
        <translation>Faint o gopïau wrth gefn awtomatig i&apos;w cadw</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Gwneud copi wrth gefn nawr</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Gwneud copi wrth gefn nawr</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copïau wrth gefn, y mwyaf newydd yn gyntaf</translation>
    </message>
    <message>
        <source>&amp;Restore the chosen backup…</source>
        <translation>&amp;Adfer y copi wrth gefn a ddewiswyd…</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>Adfer y copi wrth gefn a ddewiswyd</translation>
    </message>
    <message>
        <source>E&amp;xport everything to one file…</source>
        <translation>A&amp;llforio popeth i un ffeil…</translation>
    </message>
    <message>
        <source>Export everything to one file</source>
        <translation>Allforio popeth i un ffeil</translation>
    </message>
    <message>
        <source>The database and evidence files in one .zip, to move to another computer</source>
        <translation>Y gronfa ddata a&apos;r ffeiliau tystiolaeth mewn un ffeil .zip, i&apos;w symud i gyfrifiadur arall</translation>
    </message>
    <message>
        <source>&amp;Import an export…</source>
        <translation>&amp;Mewnforio ffeil allforio…</translation>
    </message>
    <message>
        <source>Import an export</source>
        <translation>Mewnforio ffeil allforio</translation>
    </message>
    <message>
        <source>Checked first; the current data is kept aside</source>
        <translation>Caiff y ffeil ei gwirio yn gyntaf; caiff y data presennol ei gadw o&apos;r neilltu</translation>
    </message>
    <message>
        <source>&amp;Open the data folder</source>
        <translation>Ag&amp;or y ffolder data</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Agor y ffolder data</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Cadw:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copïau wrth gefn</translation>
    </message>
    <message>
        <source>A backup is made when you close Framework Ready, at most once a day, and the oldest are removed. Restoring keeps the current file aside: nothing is deleted.</source>
        <translation>Caiff copi wrth gefn ei wneud pan fyddwch chi&apos;n cau Framework Ready, unwaith y dydd ar y mwyaf, a chaiff y rhai hynaf eu dileu. Wrth adfer, caiff y ffeil bresennol ei chadw o&apos;r neilltu: does dim byd yn cael ei ddileu.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Eich data</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>Cronfa ddata: {where}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>This is a shared server database: its server&apos;s administrator backs it up.</source>
        <translation>Cronfa ddata ar weinydd a rennir yw hon: gweinyddwr y gweinydd sy&apos;n gwneud copi wrth gefn ohoni.</translation>
    </message>
    <message>
        <source>(cannot be read)</source>
        <translation>(does dim modd ei darllen)</translation>
    </message>
    <message>
        <source>{when} · {size} KB · {who}{kind}</source>
        <translation>{when} · {size} KB · {who}{kind}</translation>
    </message>
    <message>
        <source>No backups yet. The first is made when you close Framework Ready, or now with &quot;Back up now&quot;.</source>
        <translation>Dim copïau wrth gefn eto. Gwneir y cyntaf pan fyddwch yn cau Framework Ready, neu nawr gyda &quot;Gwneud copi wrth gefn nawr&quot;.</translation>
    </message>
    <message>
        <source> (before an upgrade)</source>
        <translation> (cyn uwchraddio)</translation>
    </message>
    <message>
        <source> (set aside by a restore)</source>
        <translation> (wedi&apos;i roi o&apos;r neilltu wrth adfer)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Gwneud copi wrth gefn…</translation>
    </message>
    <message>
        <source>Exporting everything…</source>
        <translation>Allforio popeth…</translation>
    </message>
    <message>
        <source>Checking the export…</source>
        <translation>Gwirio&apos;r allforio…</translation>
    </message>
    <message>
        <source>Backed up to {file}.</source>
        <translation>Wedi gwneud copi wrth gefn yn {file}.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Adfer y copi wrth gefn hwn?</translation>
    </message>
    <message>
        <source>Put back the backup from {when}? Everything since then is kept in the current file, which is set aside in the backups folder, not deleted.</source>
        <translation>Rhoi&apos;r copi wrth gefn o {when} yn ôl? Caiff popeth ers hynny ei gadw yn y ffeil bresennol, a gaiff ei rhoi o&apos;r neilltu yn y ffolder copïau wrth gefn, nid ei dileu.</translation>
    </message>
    <message>
        <source>Export everything to</source>
        <translation>Allforio popeth i</translation>
    </message>
    <message>
        <source>Framework Ready exports (*.zip)</source>
        <translation>Ffeiliau allforio Framework Ready (*.zip)</translation>
    </message>
    <message>
        <source>Replace your data with the export made on {when}, with {files}? Your current data is kept aside in the backups folder.</source>
        <translation>Rhoi&apos;r ffeil allforio a wnaed ar {when}, gyda {files}, yn lle eich data? Caiff eich data presennol ei gadw o&apos;r neilltu yn y ffolder copïau wrth gefn.</translation>
    </message>
    <message>
        <source>Import this export?</source>
        <translation>Mewnforio&apos;r ffeil allforio hon?</translation>
    </message>
</context>
<context>
    <name>ShareCodeTableModel</name>
    <message>
        <source>Share code</source>
        <translation>Cod rhannu</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Prynwr</translation>
    </message>
    <message>
        <source>Procurement</source>
        <translation>Caffaeliad</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Cyfle</translation>
    </message>
    <message>
        <source>Date given</source>
        <translation>Dyddiad ei roi</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Bysellau hwylus</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Bysellau</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Beth maen nhw&apos;n ei wneud</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <source>One shortcut a row: the keys, what they do, and where</source>
        <translation>Un fysell hwylus ym mhob rhes: y bysellau, beth maen nhw&apos;n ei wneud, a ble</translation>
    </message>
    <message>
        <source>Everything in Framework Ready can be done with the keyboard alone.</source>
        <translation>Gellir gwneud popeth yn Framework Ready gyda&apos;r bysellfwrdd yn unig.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>{page}, {count} need attention</source>
        <translation>{page}, {count} angen sylw</translation>
    </message>
</context>
<context>
    <name>StepTableModel</name>
    <message>
        <source>Step</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Beth i&apos;w wneud</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
</context>
<context>
    <name>StepsPage</name>
    <message>
        <source>Someone else changed this step</source>
        <translation>Mae rhywun arall wedi newid y cam hwn</translation>
    </message>
    <message>
        <source>Someone else removed this step</source>
        <translation>Mae rhywun arall wedi tynnu&apos;r cam hwn</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Camau</translation>
    </message>
    <message>
        <source>Choose a step with the arrow keys</source>
        <translation>Dewiswch gam gyda&apos;r bysellau saeth</translation>
    </message>
    <message>
        <source>Where this step comes from</source>
        <translation>O ble y daw&apos;r cam hwn</translation>
    </message>
    <message>
        <source>Status of this step</source>
        <translation>Statws y cam hwn</translation>
    </message>
    <message>
        <source>Date done</source>
        <translation>Dyddiad cwblhau</translation>
    </message>
    <message>
        <source>Type it like 31/03/2027</source>
        <translation>Teipiwch y dyddiad fel hyn: 31/03/2027</translation>
    </message>
    <message>
        <source>Notes on this step</source>
        <translation>Nodiadau ar y cam hwn</translation>
    </message>
    <message>
        <source>Opens the website; nothing is sent from this app</source>
        <translation>Mae&apos;n agor y wefan; does dim yn cael ei anfon o&apos;r ap hwn</translation>
    </message>
    <message>
        <source>Open Supplier &amp;registration</source>
        <translation>Agor Cofrestru fel cyflen&amp;wr</translation>
    </message>
    <message>
        <source>Open Supplier registration</source>
        <translation>Agor Cofrestru fel cyflenwr</translation>
    </message>
    <message>
        <source>This step is done there, step by step</source>
        <translation>Gwneir y cam hwn yno, gam wrth gam</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statws:</translation>
    </message>
    <message>
        <source>&amp;Date done:</source>
        <translation>&amp;Dyddiad cwblhau:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Nodiadau:</translation>
    </message>
    <message>
        <source>The chosen step</source>
        <translation>Y cam a ddewiswyd</translation>
    </message>
    <message>
        <source>Step {number}: {title}</source>
        <translation>Cam {number}: {title}</translation>
    </message>
    <message>
        <source>Source: {title} — {url}</source>
        <translation>Ffynhonnell: {title} — {url}</translation>
    </message>
    <message>
        <source>Done on Supplier registration: this step follows the steps you tick there, so it is counted once.</source>
        <translation>Wedi&apos;i wneud ar Cofrestru fel cyflenwr: mae&apos;r cam hwn yn dilyn y camau rydych chi&apos;n eu ticio yno, felly caiff ei gyfrif unwaith.</translation>
    </message>
    <message>
        <source>Do this on Supplier registration: tick its steps there and this step follows them, so it is counted once.</source>
        <translation>Gwnewch hyn ar Cofrestru fel cyflenwr: ticiwch ei gamau yno ac mae&apos;r cam hwn yn eu dilyn, felly caiff ei gyfrif unwaith.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
</context>
<context>
    <name>SubmissionPanel</name>
    <message>
        <source>Portal the bid was submitted on</source>
        <translation>Y porth y cyflwynwyd y cais arno</translation>
    </message>
    <message>
        <source>Date submitted</source>
        <translation>Dyddiad cyflwyno</translation>
    </message>
    <message>
        <source>Time submitted (UK time)</source>
        <translation>Amser cyflwyno (amser y DU)</translation>
    </message>
    <message>
        <source>Who pressed submit</source>
        <translation>Pwy bwysodd cyflwyno</translation>
    </message>
    <message>
        <source>The portal&apos;s confirmation reference</source>
        <translation>Cyfeirnod cadarnhau&apos;r porth</translation>
    </message>
    <message>
        <source>The files submitted</source>
        <translation>Y ffeiliau a gyflwynwyd</translation>
    </message>
    <message>
        <source>Add a file submitted…</source>
        <translation>Ychwanegu ffeil a gyflwynwyd…</translation>
    </message>
    <message>
        <source>Add a file submitted</source>
        <translation>Ychwanegu ffeil a gyflwynwyd</translation>
    </message>
    <message>
        <source>A copy is kept in the evidence store, with its SHA-256</source>
        <translation>Cedwir copi yn y storfa dystiolaeth, gyda&apos;i SHA-256</translation>
    </message>
    <message>
        <source>Remove the chosen file</source>
        <translation>Tynnu&apos;r ffeil a ddewiswyd</translation>
    </message>
    <message>
        <source>Save the submission log entry</source>
        <translation>Cadw cofnod y cyflwyniad</translation>
    </message>
    <message>
        <source>Submissions logged for this bid</source>
        <translation>Cyflwyniadau a gofnodwyd ar gyfer y cais hwn</translation>
    </message>
    <message>
        <source>Portal:</source>
        <translation>Porth:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Dyddiad:</translation>
    </message>
    <message>
        <source>Time (UK):</source>
        <translation>Amser (DU):</translation>
    </message>
    <message>
        <source>Pressed submit:</source>
        <translation>Pwysodd cyflwyno:</translation>
    </message>
    <message>
        <source>Confirmation reference:</source>
        <translation>Cyfeirnod cadarnhau:</translation>
    </message>
    <message>
        <source>Once the bid is submitted, record what went where. Saving marks the bid submitted.</source>
        <translation>Unwaith y bydd y cais wedi&apos;i gyflwyno, cofnodwch beth aeth i ble. Mae cadw&apos;n nodi bod y cais wedi&apos;i gyflwyno.</translation>
    </message>
    <message>
        <source>Logged already:</source>
        <translation>Wedi&apos;u cofnodi eisoes:</translation>
    </message>
    <message>
        <source>{when} on {portal} by {who}: {reference} ({files})</source>
        <translation>{when} ar {portal} gan {who}: {reference} ({files})</translation>
    </message>
    <message>
        <source>No submission logged yet.</source>
        <translation>Dim cyflwyniad wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <source>A file that was submitted</source>
        <translation>Ffeil a gyflwynwyd</translation>
    </message>
    <message>
        <source>No files added yet.</source>
        <translation>Dim ffeiliau wedi&apos;u hychwanegu eto.</translation>
    </message>
</context>
<context>
    <name>SupplierRoutePage</name>
    <message>
        <source>Open Find a Tender in your &amp;browser</source>
        <translation>Agor Find a Tender yn eich &amp;porwr</translation>
    </message>
    <message>
        <source>Registration steps</source>
        <translation>Camau cofrestru</translation>
    </message>
    <message>
        <source>Choose a step with the arrow keys</source>
        <translation>Dewiswch gam gyda&apos;r bysellau saeth</translation>
    </message>
    <message>
        <source>Someone else changed the registration</source>
        <translation>Mae rhywun arall wedi newid y cofrestriad</translation>
    </message>
    <message>
        <source>Someone else removed the registration</source>
        <translation>Mae rhywun arall wedi tynnu&apos;r cofrestriad</translation>
    </message>
    <message>
        <source>Someone else changed this share code</source>
        <translation>Mae rhywun arall wedi newid y cod rhannu hwn</translation>
    </message>
    <message>
        <source>Someone else removed this share code</source>
        <translation>Mae rhywun arall wedi tynnu&apos;r cod rhannu hwn</translation>
    </message>
    <message>
        <source>Parts of the registration</source>
        <translation>Rhannau&apos;r cofrestriad</translation>
    </message>
    <message>
        <source>Ctrl+Tab moves to the next part</source>
        <translation>Mae Ctrl+Tab yn symud i&apos;r rhan nesaf</translation>
    </message>
    <message>
        <source>The arrow keys choose a part</source>
        <translation>Mae&apos;r bysellau saeth yn dewis rhan</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>Ca&amp;mau</translation>
    </message>
    <message>
        <source>&amp;PPON and users</source>
        <translation>PPON a de&amp;fnyddwyr</translation>
    </message>
    <message>
        <source>Share &amp;codes given</source>
        <translation>Codau &amp;rhannu a roddwyd</translation>
    </message>
    <message>
        <source>Procurement Act: supplier registration</source>
        <translation>Deddf Caffael: cofrestru fel cyflenwr</translation>
    </message>
    <message>
        <source>Under the Procurement Act 2023 you register once on the Central Digital Platform (Find a Tender), keep your supplier information up to date there and give each buyer a share code. The same route serves every framework under the Act. Changes save themselves.</source>
        <translation>O dan Ddeddf Caffael 2023 rydych yn cofrestru unwaith ar y Llwyfan Digidol Canolog (Find a Tender), yn cadw gwybodaeth eich cyflenwr yn gyfredol yno ac yn rhoi cod rhannu i bob prynwr. Mae&apos;r un llwybr yn gwasanaethu pob fframwaith o dan y Ddeddf. Mae newidiadau&apos;n cadw eu hunain.</translation>
    </message>
    <message>
        <source>PPON</source>
        <translation>PPON</translation>
    </message>
    <message>
        <source>Your Public Procurement Organisation Number, like {example}</source>
        <translation>Eich Rhif Sefydliad Caffael Cyhoeddus, fel {example}</translation>
    </message>
    <message>
        <source>Supplier information last confirmed on</source>
        <translation>Dyddiad cadarnhau gwybodaeth y cyflenwr ddiwethaf</translation>
    </message>
    <message>
        <source>Type it like 31/03/2027</source>
        <translation>Teipiwch y dyddiad fel hyn: 31/03/2027</translation>
    </message>
    <message>
        <source>Confirmed &amp;today</source>
        <translation>Cadarnhawyd &amp;heddiw</translation>
    </message>
    <message>
        <source>Records that you confirmed the information on the platform today</source>
        <translation>Yn cofnodi eich bod wedi cadarnhau&apos;r wybodaeth ar y llwyfan heddiw</translation>
    </message>
    <message>
        <source>PP&amp;ON:</source>
        <translation>PP&amp;ON:</translation>
    </message>
    <message>
        <source>Last con&amp;firmed on:</source>
        <translation>Cadarnh&amp;awyd ddiwethaf ar:</translation>
    </message>
    <message>
        <source>People who use the platform</source>
        <translation>Pobl sy&apos;n defnyddio&apos;r llwyfan</translation>
    </message>
    <message>
        <source>Choose a row with the arrow keys</source>
        <translation>Dewiswch res gyda&apos;r bysellau saeth</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>New user: name</source>
        <translation>Defnyddiwr newydd: enw</translation>
    </message>
    <message>
        <source>New user: email</source>
        <translation>Defnyddiwr newydd: e-bost</translation>
    </message>
    <message>
        <source>New user: role</source>
        <translation>Defnyddiwr newydd: rôl</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>Ych&amp;wanegu defnyddiwr</translation>
    </message>
    <message>
        <source>Remove the chosen user</source>
        <translation>Tynnu&apos;r defnyddiwr a ddewiswyd</translation>
    </message>
    <message>
        <source>People who use the platform (keep this the same as &quot;Manage users&quot; there):</source>
        <translation>Pobl sy&apos;n defnyddio&apos;r llwyfan (cadwch hyn yr un fath â &quot;Manage users&quot; yno):</translation>
    </message>
    <message>
        <source>Share codes given</source>
        <translation>Codau rhannu a roddwyd</translation>
    </message>
    <message>
        <source>Share code</source>
        <translation>Cod rhannu</translation>
    </message>
    <message>
        <source>e.g. Ministry of Justice</source>
        <translation>e.e. y Weinyddiaeth Gyfiawnder</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Prynwr</translation>
    </message>
    <message>
        <source>The buyer&apos;s name or reference for it</source>
        <translation>Enw neu gyfeirnod y prynwr ar ei gyfer</translation>
    </message>
    <message>
        <source>Procurement</source>
        <translation>Caffaeliad</translation>
    </message>
    <message>
        <source>Opportunity it was for</source>
        <translation>Y cyfle yr oedd ar ei gyfer</translation>
    </message>
    <message>
        <source>Date given</source>
        <translation>Dyddiad ei roi</translation>
    </message>
    <message>
        <source>&amp;Record the share code</source>
        <translation>&amp;Cofnodi&apos;r cod rhannu</translation>
    </message>
    <message>
        <source>Remove the chosen share code</source>
        <translation>Tynnu&apos;r cod rhannu a ddewiswyd</translation>
    </message>
    <message>
        <source>Cod&amp;e:</source>
        <translation>Cod rhann&amp;u:</translation>
    </message>
    <message>
        <source>B&amp;uyer:</source>
        <translation>Pr&amp;ynwr:</translation>
    </message>
    <message>
        <source>Procure&amp;ment:</source>
        <translation>Caffa&amp;eliad:</translation>
    </message>
    <message>
        <source>Opportun&amp;ity:</source>
        <translation>Cyf&amp;le:</translation>
    </message>
    <message>
        <source>Date &amp;given:</source>
        <translation>Dyddiad ei ro&amp;i:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <source>Steps done: {done} of {total} · PPON: {ppon}</source>
        <translation>Camau wedi&apos;u cwblhau: {done} o {total} · PPON: {ppon}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>dim eto</translation>
    </message>
    <message>
        <source>Not confirmed in the sources: follow what the platform&apos;s own screens ask.</source>
        <translation>Heb ei gadarnhau yn y ffynonellau: dilynwch yr hyn y mae sgriniau&apos;r llwyfan ei hun yn ei ofyn.</translation>
    </message>
    <message>
        <source>Remove this user?</source>
        <translation>Tynnu&apos;r defnyddiwr hwn?</translation>
    </message>
    <message>
        <source>Take {name} off the list? Remove them on the platform too.</source>
        <translation>Tynnu {name} oddi ar y rhestr? Tynnwch nhw ar y llwyfan hefyd.</translation>
    </message>
    <message>
        <source>Last confirmed on</source>
        <translation>Cadarnhawyd ddiwethaf ar</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Defnyddwyr</translation>
    </message>
    <message>
        <source>Remove this share code?</source>
        <translation>Tynnu&apos;r cod rhannu hwn?</translation>
    </message>
    <message>
        <source>Remove the share code {code} given to {buyer}?</source>
        <translation>Tynnu&apos;r cod rhannu {code} a roddwyd i {buyer}?</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>A quick tour</source>
        <translation>Taith fer</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <source>&amp;Skip the tour</source>
        <translation>&amp;Hepgor y daith</translation>
    </message>
    <message>
        <source>{step} of {steps}</source>
        <translation>{step} o {steps}</translation>
    </message>
    <message>
        <source>Shown with a ring: {part}</source>
        <translation>Dangosir â chylch: {part}</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Gorffen</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nesaf</translation>
    </message>
    <message>
        <source>The list on the left has every page. A number beside a page says how many things wait for you there.</source>
        <translation>Mae pob tudalen yn y rhestr ar y chwith. Mae rhif wrth ymyl tudalen yn dweud faint o bethau sy&apos;n aros amdanoch chi yno.</translation>
    </message>
    <message>
        <source>the list of pages, on the left</source>
        <translation>rhestr y tudalennau, ar y chwith</translation>
    </message>
    <message>
        <source>The Dashboard shows how ready you are and what is due. Its blue button takes you to your next step.</source>
        <translation>Mae&apos;r Dangosfwrdd yn dangos pa mor barod ydych chi a beth sy&apos;n ddyledus. Mae ei fotwm glas yn mynd â chi at eich cam nesaf.</translation>
    </message>
    <message>
        <source>the top of the Dashboard</source>
        <translation>brig y Dangosfwrdd</translation>
    </message>
    <message>
        <source>The Selection questionnaire asks what the buyer asks. Your answers are saved as you type.</source>
        <translation>Mae&apos;r Holiadur dethol yn gofyn yr hyn y mae&apos;r prynwr yn ei ofyn. Caiff eich atebion eu cadw wrth i chi deipio.</translation>
    </message>
    <message>
        <source>the Selection questionnaire, in the list of pages</source>
        <translation>yr Holiadur dethol, yn rhestr y tudalennau</translation>
    </message>
    <message>
        <source>You can see this tour again from the Help menu, with every keyboard shortcut.</source>
        <translation>Gallwch weld y daith hon eto o&apos;r ddewislen Cymorth, gyda phob un o&apos;r bysellau hwylus.</translation>
    </message>
    <message>
        <source>the menu bar, with Help at its end</source>
        <translation>y bar dewislen, gyda Cymorth ar ei ddiwedd</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Framework Ready</source>
        <translation>Croeso i Framework Ready</translation>
    </message>
    <message>
        <source>Framework Ready helps your organisation qualify onto public-sector frameworks, see which lots you can bid for and why, and keep track of every deadline. Everything stays on this computer.</source>
        <translation>Mae Framework Ready yn helpu eich sefydliad i ddod yn gymwys i ymuno â fframweithiau&apos;r sector cyhoeddus, gweld pa lotiau y gallwch chi wneud cais amdanynt a pham, a chadw golwg ar bob terfyn amser. Mae popeth yn aros ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>• {name} — {buyer}; {regime}</source>
        <translation>• {name} — {buyer}; {regime}</translation>
    </message>
    <message>
        <source>The frameworks it guides you through: {list}</source>
        <translation>Y fframweithiau y mae&apos;n eich tywys drwyddynt: {list}</translation>
    </message>
    <message>
        <source>Start by telling us your organisation&apos;s name. You can add the rest later, and choose which frameworks you follow.</source>
        <translation>Dechreuwch drwy roi enw eich sefydliad i ni. Gallwch chi ychwanegu&apos;r gweddill yn nes ymlaen, a dewis pa fframweithiau rydych chi&apos;n eu dilyn.</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Enw&apos;r sefydliad</translation>
    </message>
    <message>
        <source>The legal name, e.g. Riverside Futures CIO</source>
        <translation>Yr enw cyfreithiol, e.e. Riverside Futures CIO</translation>
    </message>
    <message>
        <source>Charity number</source>
        <translation>Rhif elusen</translation>
    </message>
    <message>
        <source>Optional, e.g. 1123456, SC012345 or NIC100001</source>
        <translation>Dewisol, e.e. 1123456, SC012345 neu NIC100001</translation>
    </message>
    <message>
        <source>Company number</source>
        <translation>Rhif cwmni</translation>
    </message>
    <message>
        <source>Optional, e.g. 01234567 or SC123456</source>
        <translation>Dewisol, e.e. 01234567 neu SC123456</translation>
    </message>
    <message>
        <source>Organisation &amp;name:</source>
        <translation>&amp;Enw&apos;r sefydliad:</translation>
    </message>
    <message>
        <source>C&amp;harity number:</source>
        <translation>Rhif e&amp;lusen:</translation>
    </message>
    <message>
        <source>Co&amp;mpany number:</source>
        <translation>Rhif c&amp;wmni:</translation>
    </message>
    <message>
        <source>&amp;Create organisation</source>
        <translation>&amp;Creu&apos;r sefydliad</translation>
    </message>
    <message>
        <source>Create organisation</source>
        <translation>Creu&apos;r sefydliad</translation>
    </message>
    <message>
        <source>Saves your organisation and opens the framework catalogue</source>
        <translation>Yn cadw eich sefydliad ac yn agor catalog y fframwaith</translation>
    </message>
    <message>
        <source>&amp;Explore with a sample charity</source>
        <translation>&amp;Archwilio gydag elusen enghreifftiol</translation>
    </message>
    <message>
        <source>Explore with a sample charity</source>
        <translation>Archwilio gydag elusen enghreifftiol</translation>
    </message>
    <message>
        <source>Creates a made-up charity so you can look around first</source>
        <translation>Yn creu elusen ddychmygol er mwyn i chi gael golwg o gwmpas yn gyntaf</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Eich sefydliad</translation>
    </message>
    <message>
        <source>The frameworks it guides you through:</source>
        <translation>Y fframweithiau y mae&apos;n eich tywys drwyddynt:</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Nid oedd modd cadw</translation>
    </message>
    <message>
        <source>Your organisation could not be saved. Nothing was changed; please try again.</source>
        <translation>Nid oedd modd cadw eich sefydliad. Does dim byd wedi newid; rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Already set up</source>
        <translation>Wedi&apos;i greu eisoes</translation>
    </message>
    <message>
        <source>Someone else has just set up {name} in this database, so Framework Ready opens that. What you typed was not saved.</source>
        <translation>Mae rhywun arall newydd greu {name} yn y gronfa ddata hon, felly mae Framework Ready yn agor hwnnw. Ni chadwyd yr hyn a deipioch chi.</translation>
    </message>
</context>
<context>
    <name>YesNoInput</name>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>{question}: yes</source>
        <translation>{question}: ie</translation>
    </message>
    <message>
        <source>{question}: no</source>
        <translation>{question}: na</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Could not open your data</source>
        <translation>Nid oedd modd agor eich data</translation>
    </message>
    <message>
        <source>Something went wrong while opening your data. Nothing has been changed.</source>
        <translation>Aeth rhywbeth o&apos;i le wrth agor eich data. Does dim byd wedi newid.</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Agor ffeil arall…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Gadael</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Adfer y copi wrth gefn</translation>
    </message>
    <message>
        <source>The newest sound backup is from {when}.</source>
        <translation>Mae&apos;r copi wrth gefn diweddaraf sydd heb ei ddifrodi yn dyddio o {when}.</translation>
    </message>
    <message>
        <source>Open a Framework Ready database</source>
        <translation>Agor cronfa ddata Framework Ready</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Ni newidiwyd dim byd</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Aeth rhywbeth o&apos;i le</translation>
    </message>
    <message>
        <source>Framework Ready hit a problem it did not expect. Your saved work is safe; what you were doing may not have finished. If it happens again, send the details to whoever supports you.</source>
        <translation>Daeth Framework Ready ar draws problem annisgwyl. Mae&apos;r gwaith rydych chi wedi&apos;i gadw yn ddiogel; efallai na fydd yr hyn roeddech chi&apos;n ei wneud wedi gorffen. Os bydd yn digwydd eto, anfonwch y manylion at bwy bynnag sy&apos;n eich cefnogi.</translation>
    </message>
    <message>
        <source>Cannot reach the team database just now, so nothing was changed. Check this computer&apos;s network connection (or ask whoever runs the server), then try again.</source>
        <translation>Nid oes modd cyrraedd cronfa ddata&apos;r tîm ar hyn o bryd, felly ni newidiwyd dim. Gwiriwch gysylltiad rhwydwaith y cyfrifiadur hwn (neu gofynnwch i bwy bynnag sy&apos;n rhedeg y gweinydd), yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Framework Ready cannot start</source>
        <translation>Ni all Framework Ready ddechrau</translation>
    </message>
    <message>
        <source>Framework Ready is already open with this database: its window has been brought forward.</source>
        <translation>Mae Framework Ready eisoes ar agor gyda&apos;r gronfa ddata hon: mae ei ffenestr wedi&apos;i dwyn i&apos;r blaen.</translation>
    </message>
    <message>
        <source>Another program is changing this database right now (a restore or an import from the command line). Wait for it to finish, then open Framework Ready again.</source>
        <translation>Mae rhaglen arall yn newid y gronfa ddata hon ar hyn o bryd (adfer neu fewnforio o&apos;r llinell orchymyn). Arhoswch iddi orffen, yna agorwch Framework Ready eto.</translation>
    </message>
</context>
<context>
    <name>bindings</name>
    <message>
        <source>PySide6 {version} is known to crash Framework Ready, so it will not start. Reinstall it with: pip install &apos;PySide6-Essentials=={sound}&apos;</source>
        <translation>Mae PySide6 {version} yn gwneud i Framework Ready chwalu, felly ni fydd yn dechrau. Ailosodwch ef gyda: pip install &apos;PySide6-Essentials=={sound}&apos;</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <source>Someone else removed this while you were working on it, so your changes could not be saved. What you had typed is under &quot;Show Details&quot;, to copy.</source>
        <translation>Mae rhywun arall wedi tynnu hwn tra oeddech chi&apos;n gweithio arno, felly nid oedd modd cadw eich newidiadau. Mae&apos;r hyn a deipiwyd gennych o dan &quot;Dangos Manylion&quot;, i&apos;w gopïo.</translation>
    </message>
    <message>
        <source>Someone else saved this while you were working on it, and you both changed the same things.

Theirs:
{theirs}

Yours:
{mine}

Which do you want to keep? Anything else either of you changed is kept.</source>
        <translation>Cadwodd rhywun arall hwn tra oeddech chi&apos;n gweithio arno, ac fe newidioch chi&apos;ch dau yr un pethau.

Eu fersiwn nhw:
{theirs}

Eich fersiwn chi:
{mine}

Pa un ydych chi am ei chadw? Mae unrhyw beth arall a newidiodd un ohonoch yn cael ei gadw.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Cadw fy fersiwn i</translation>
    </message>
    <message>
        <source>Use theirs</source>
        <translation>Defnyddio eu fersiwn nhw</translation>
    </message>
    <message>
        <source>{label}: (empty)</source>
        <translation>{label}: (gwag)</translation>
    </message>
    <message>
        <source>Someone else changed this since it was shown, so it was not removed. Their changes are shown now: remove it again if you still want to.</source>
        <translation>Newidiodd rhywun arall hwn ers iddo gael ei ddangos, felly ni chafodd ei dynnu. Mae eu newidiadau i&apos;w gweld nawr: tynnwch ef eto os ydych chi&apos;n dal eisiau gwneud hynny.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Copy details</source>
        <translation>Copïo&apos;r manylion</translation>
    </message>
</context>
<context>
    <name>qt_helpers</name>
    <message>
        <source>e.g. {value}</source>
        <translation>e.e. {value}</translation>
    </message>
</context>
</TS>
