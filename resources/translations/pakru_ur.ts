<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
<context>
    <name>Accessibility</name>
    <message>
        <source>, %1 more in this article</source>
        <translation>، اس مضمون میں مزید %1</translation>
    </message>
    <message>
        <source>%1 — %2, %3, paragraph %4</source>
        <translation>%1 — %2، %3، پیراگراف %4</translation>
    </message>
    <message>
        <source>The import was cancelled or failed; the library is as it was.</source>
        <translation>درآمد منسوخ یا ناکام ہو گئی؛ کتب خانہ پہلے جیسا ہے۔</translation>
    </message>
    <message>
        <source>Import finished: %1 imported, %2 skipped, %3 failed.</source>
        <translation>درآمد مکمل: درآمد شدہ %1، چھوڑے گئے %2، ناکام %3۔</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>جانچ منسوخ کر دی گئی۔</translation>
    </message>
    <message>
        <source>Verification finished: the library is sound.</source>
        <translation>جانچ مکمل: کتب خانہ درست ہے۔</translation>
    </message>
    <message>
        <source>Verification finished: %1 problem(s) found.</source>
        <translation>جانچ مکمل، ملنے والے مسائل: %1۔</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>صاف کریں: %1</translation>
    </message>
    <message>
        <source>More toolbar buttons</source>
        <translation>ٹول بار کے مزید بٹن</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>مینو</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>مینو بار</translation>
    </message>
    <message>
        <source>Scroll %1 up or down</source>
        <translation>%1 کو اوپر نیچے اسکرول کریں</translation>
    </message>
    <message>
        <source>Scroll %1 sideways</source>
        <translation>%1 کو دائیں بائیں اسکرول کریں</translation>
    </message>
    <message>
        <source>Scroll bar</source>
        <translation>اسکرول بار</translation>
    </message>
    <message>
        <source>Resize the panes</source>
        <translation>پینز کا سائز بدلیں</translation>
    </message>
    <message>
        <source>Resize the window</source>
        <translation>ونڈو کا سائز بدلیں</translation>
    </message>
    <message>
        <source>Did you mean: no suggestion</source>
        <translation>کیا آپ کی مراد: کوئی تجویز نہیں</translation>
    </message>
    <message>
        <source>Citation: Tab to it in the document and press Enter to open the article</source>
        <translation>حوالہ: دستاویز میں Tab سے اس تک جائیں اور مضمون کھولنے کے لیے Enter دبائیں</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Your notes cannot be opened; marks made now are not kept:</source>
        <translation>آپ کے نوٹس نہیں کھل سکے؛ اب بنائے گئے نشانات محفوظ نہیں ہوں گے:</translation>
    </message>
    <message>
        <source>The library cannot be opened.</source>
        <translation>کتب خانہ کھولا نہیں جا سکا۔</translation>
    </message>
</context>
<context>
    <name>ArticleAdmin</name>
    <message>
        <source>Open an article of your own library first.</source>
        <translation>پہلے اپنے کتب خانے کا کوئی مضمون کھولیں۔</translation>
    </message>
    <message>
        <source>Remove these %1 articles from the library? Their statements leave the fact sheets.</source>
        <translation>کیا یہ %1 مضامین کتب خانے سے ہٹا دیے جائیں؟ ان کے بیانات حقائق ناموں سے نکل جائیں گے۔</translation>
    </message>
    <message>
        <source>Remove “%1” from the library? Its statements leave the fact sheets.</source>
        <translation>کیا مضمون &quot;%1&quot; کتب خانے سے ہٹا دیا جائے؟ اس کے بیانات حقائق ناموں سے نکل جائیں گے۔</translation>
    </message>
    <message>
        <source>Remove Article</source>
        <translation>مضمون ہٹائیں</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>مضمون &quot;%1&quot; ہٹا دیا گیا۔</translation>
    </message>
    <message>
        <source>Removed %1 articles.</source>
        <translation>ہٹائے گئے مضامین: %1۔</translation>
    </message>
    <message>
        <source>Edit Article Details</source>
        <translation>مضمون کی تفصیلات میں ترمیم</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;ذریعہ:</translation>
    </message>
    <message>
        <source>&amp;Date (2025, 2025-03, 2025-03-14):</source>
        <translation>&amp;تاریخ (2025, 2025-03, 2025-03-14):</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;مصنف:</translation>
    </message>
    <message>
        <source>Apply Update</source>
        <translation>اپ ڈیٹ لاگو کریں</translation>
    </message>
    <message>
        <source>Update packs (*.update);;All files (*)</source>
        <translation>اپ ڈیٹ پیک (*.update);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>اپ ڈیٹ ہو گیا: %1</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Briefing Pack</source>
        <translation>بریفنگ پیک</translation>
    </message>
    <message>
        <source>Make a briefing pack</source>
        <translation>بریفنگ پیک بنائیں</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>بریفنگ پیک</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;تلاش کریں…</translation>
    </message>
    <message>
        <source>Choose where to save the pack</source>
        <translation>پیک محفوظ کرنے کی جگہ منتخب کریں</translation>
    </message>
    <message>
        <source>Fact sheets</source>
        <translation>حقائق نامے</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>بُک مارک</translation>
    </message>
    <message>
        <source>Notes and highlights</source>
        <translation>نوٹس اور نمایاں حصے</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;عنوان:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Prepared &amp;by:</source>
        <translation>&amp;تیار کنندہ:</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>تیار کنندہ</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>تاریخ:</translation>
    </message>
    <message>
        <source>Save the pack as</source>
        <translation>پیک اس نام سے محفوظ کریں</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;محفوظ کریں بطور:</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>فارمیٹ:</translation>
    </message>
    <message>
        <source>&amp;Create Pack</source>
        <translation>&amp;پیک بنائیں</translation>
    </message>
    <message>
        <source>Create the briefing pack</source>
        <translation>بریفنگ پیک بنائیں</translation>
    </message>
    <message>
        <source>Briefing pack status</source>
        <translation>بریفنگ پیک کی کیفیت</translation>
    </message>
    <message>
        <source>Briefing pack written: %1</source>
        <translation>بریفنگ پیک لکھا گیا: %1</translation>
    </message>
    <message>
        <source>Choose a file in an existing folder.</source>
        <translation>کسی موجود فولڈر میں فائل منتخب کریں۔</translation>
    </message>
    <message>
        <source>Could not write the pack: %1</source>
        <translation>پیک نہیں لکھا جا سکا: %1</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>pakru-desktop hit an unexpected error (%1); the details are in %2.</source>
        <translation>pakru-desktop میں ایک غیر متوقع خرابی پیش آئی (%1)؛ تفصیلات ⁦%2⁩ میں ہیں۔</translation>
    </message>
    <message>
        <source>pakru-desktop hit an unexpected error (%1); no log could be written.</source>
        <translation>pakru-desktop میں ایک غیر متوقع خرابی پیش آئی (%1)؛ لاگ نہیں لکھا جا سکا۔</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>%1s</source>
        <comment>a decade: 1970s</comment>
        <translation>%1 کی دہائی</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>%1 imported, %2 skipped, %3 failed.</source>
        <translation>درآمد شدہ: %1، چھوڑے گئے: %2، ناکام: %3۔</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>درآمد شدہ</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>چھوڑے گئے</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>ناکام</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln مضمون</numerusform>
            <numerusform>%Ln مضامین</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s)</source>
        <translation>
            <numerusform>%Ln پیراگراف</numerusform>
            <numerusform>%Ln پیراگراف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln ذریعہ</numerusform>
            <numerusform>%Ln ذرائع</numerusform>
        </translation>
    </message>
    <message>
        <source>replaced the earlier version</source>
        <translation>پچھلا نسخہ بدل دیا گیا</translation>
    </message>
    <message>
        <source>An offline reference library on Pakistan–Russia relations. Nothing in it reaches the network.</source>
        <translation>پاکستان اور روس کے تعلقات پر ایک آف لائن حوالہ جاتی کتب خانہ۔ اس کی کوئی چیز نیٹ ورک سے رابطہ نہیں کرتی۔</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>کتب خانہ:</translation>
    </message>
    <message>
        <source>Licences of what we ship</source>
        <translation>شامل اجزاء کے لائسنس</translation>
    </message>
    <message>
        <source>Articles in the library belong to their publishers; they are quoted for reference.</source>
        <translation>کتب خانے کے مضامین ان کے ناشرین کی ملکیت ہیں؛ انہیں حوالے کے لیے نقل کیا گیا ہے۔</translation>
    </message>
</context>
<context>
    <name>DocumentAccessible</name>
    <message>
        <source>%1: links and headings</source>
        <translation>%1: لنکس اور سرخیاں</translation>
    </message>
</context>
<context>
    <name>FactSheetPane</name>
    <message>
        <source>Topic fact sheet</source>
        <translation>موضوع کا حقائق نامہ</translation>
    </message>
    <message>
        <source>Gathering the facts…</source>
        <translation>حقائق جمع کیے جا رہے ہیں…</translation>
    </message>
    <message>
        <source>Open this topic&apos;s timeline as a picture</source>
        <translation>اس موضوع کی ٹائم لائن تصویر کی صورت میں کھولیں</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Articles (%1)</source>
        <translation>مضامین (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>مضامین درآمد کریں</translation>
    </message>
    <message>
        <source>Import a folder of articles</source>
        <translation>مضامین کا فولڈر درآمد کریں</translation>
    </message>
    <message>
        <source>Importing articles…</source>
        <translation>مضامین درآمد ہو رہے ہیں…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>درآمد</translation>
    </message>
    <message>
        <source>Importing %1 of %2…</source>
        <translation>%2 میں سے %1 درآمد ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Saving the import… it is too late to cancel.</source>
        <translation>درآمد محفوظ ہو رہی ہے… اب منسوخ کرنے میں دیر ہو چکی ہے۔</translation>
    </message>
    <message>
        <source>The import failed and was undone: %1</source>
        <translation>درآمد ناکام ہو گئی اور واپس لے لی گئی: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; the library is as it was.</source>
        <translation>درآمد منسوخ کر دی گئی؛ کتب خانہ پہلے جیسا ہے۔</translation>
    </message>
    <message>
        <source>Cancel came too late: the import was already being saved, and it is complete.</source>
        <translation>منسوخی میں دیر ہو گئی: درآمد پہلے ہی محفوظ ہو رہی تھی، اور وہ مکمل ہو چکی ہے۔</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>درآمد کا خلاصہ</translation>
    </message>
</context>
<context>
    <name>KnowledgeViews</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 محفوظ نہیں ہو سکا: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>محفوظ ہو گیا: %1</translation>
    </message>
    <message>
        <source>Open a topic&apos;s fact sheet first.</source>
        <translation>پہلے کسی موضوع کا حقائق نامہ کھولیں۔</translation>
    </message>
    <message>
        <source>Export Fact Sheet</source>
        <translation>حقائق نامہ برآمد کریں</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>سسٹم کے مطابق</translation>
    </message>
    <message>
        <source>Language: %1. The menus and panes change when pakru-desktop starts again.</source>
        <translation>زبان: %1۔ مینو اور پینز pakru-desktop کے دوبارہ شروع ہونے پر بدلیں گے۔</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>ابھی دوبارہ &amp;شروع کریں</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;بعد میں</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Unknown publisher</source>
        <translation>نامعلوم ناشر</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;فائل</translation>
    </message>
    <message>
        <source>&amp;Recent Libraries</source>
        <translation>&amp;حالیہ کتب خانے</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;ترمیم</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;منظر</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;تھیم</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;جائیں</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;دد</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>نیویگیشن</translation>
    </message>
    <message>
        <source>Open &amp;Library…</source>
        <translation>&amp;کتب خانہ کھولیں…</translation>
    </message>
    <message>
        <source>Apply &amp;Update…</source>
        <translation>&amp;اپ ڈیٹ لاگو کریں…</translation>
    </message>
    <message>
        <source>Edit &amp;Topics…</source>
        <translation>&amp;موضوعات میں ترمیم…</translation>
    </message>
    <message>
        <source>Edit Article &amp;Details…</source>
        <translation>مضمون کی &amp;تفصیلات میں ترمیم…</translation>
    </message>
    <message>
        <source>Re&amp;move Article…</source>
        <translation>مضمون &amp;ہٹائیں…</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>فائلیں &amp;درآمد کریں…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>&amp;فولڈر درآمد کریں…</translation>
    </message>
    <message>
        <source>&amp;Export Article as PDF…</source>
        <translation>مضمون PDF میں &amp;برآمد کریں…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;پرنٹ کریں…</translation>
    </message>
    <message>
        <source>Export Fact &amp;Sheet…</source>
        <translation>حقائق &amp;نامہ برآمد کریں…</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;ٹائم لائن</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;کاپی کریں</translation>
    </message>
    <message>
        <source>Copy C&amp;itation</source>
        <translation>&amp;حوالہ کاپی کریں</translation>
    </message>
    <message>
        <source>&amp;Find in Library</source>
        <translation>کتب خانے میں &amp;تلاش کریں</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;بڑا کریں</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;چھوٹا کریں</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;اصل سائز</translation>
    </message>
    <message>
        <source>&amp;Next Hit</source>
        <translation>اگلی &amp;مطابقت</translation>
    </message>
    <message>
        <source>Pre&amp;vious Hit</source>
        <translation>&amp;پچھلی مطابقت</translation>
    </message>
    <message>
        <source>Clear &amp;Highlights</source>
        <translation>نشانات &amp;صاف کریں</translation>
    </message>
    <message>
        <source>Paragraph N&amp;umbers</source>
        <translation>پیراگراف &amp;نمبر</translation>
    </message>
    <message>
        <source>Show &amp;Commentary on Sheets</source>
        <translation>حقائق ناموں پر تبصرے &amp;دکھائیں</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>اگلا &amp;حصہ</translation>
    </message>
    <message>
        <source>Previous P&amp;ane</source>
        <translation>&amp;گزشتہ حصہ</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;پیچھے</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;آگے</translation>
    </message>
    <message>
        <source>&amp;Article…</source>
        <translation>&amp;مضمون…</translation>
    </message>
    <message>
        <source>To&amp;pic…</source>
        <translation>م&amp;وضوع…</translation>
    </message>
    <message>
        <source>&amp;About pakru-desktop</source>
        <translation>pakru-desktop &amp;کے بارے میں</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;سسٹم</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;روشن</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;تاریک</translation>
    </message>
    <message>
        <source>Search  (Ctrl+K)</source>
        <translation>تلاش کریں  (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>کتب خانے میں تلاش کریں</translation>
    </message>
    <message>
        <source>Hit position</source>
        <translation>مطابقت کا نمبر</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>تیار</translation>
    </message>
    <message>
        <source>That article is no longer in the library.</source>
        <translation>یہ مضمون اب کتب خانے میں نہیں ہے۔</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ٹائم لائن</translation>
    </message>
    <message>
        <source>Go to Article</source>
        <translation>مضمون پر جائیں</translation>
    </message>
    <message>
        <source>Go to Topic</source>
        <translation>موضوع پر جائیں</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n hit(s)</source>
        <translation>
            <numerusform>%n میں سے %1</numerusform>
            <numerusform>%n میں سے %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n نتیجہ</numerusform>
            <numerusform>%n نتائج</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a query quoted</comment>
        <translation>“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) for %1</source>
        <translation>
            <numerusform>%1 کے لیے %Ln مضمون</numerusform>
            <numerusform>%1 کے لیے %Ln مضامین</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>کاپی ہو گیا: %1</translation>
    </message>
    <message>
        <source>About pakru-desktop %1</source>
        <translation>pakru-desktop %1 کے بارے میں</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <source>Write a note</source>
        <translation>نوٹ لکھیں</translation>
    </message>
    <message>
        <source>The words the note is on</source>
        <translation>وہ الفاظ جن پر نوٹ ہے</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>نوٹ کا متن</translation>
    </message>
    <message>
        <source>What to raise, ask or remember…</source>
        <translation>کیا اٹھانا، پوچھنا یا یاد رکھنا ہے…</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>نوٹ محفوظ کریں</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Export as PDF</source>
        <translation>PDF میں برآمد کریں</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>پہلے کوئی مضمون کھولیں۔</translation>
    </message>
    <message>
        <source>Keep the search highlights in the PDF?</source>
        <translation>کیا PDF میں تلاش کے نشانات رکھے جائیں؟</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>محفوظ ہو گیا: %1</translation>
    </message>
    <message>
        <source>Could not write the PDF</source>
        <translation>PDF محفوظ نہیں ہو سکی</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;مقام:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>فائل کی &amp;قسم:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;ہاں</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;نہیں</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <source>Type to filter, Enter opens</source>
        <translation>چھانٹنے کے لیے لکھیں، Enter سے کھولیں</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>فلٹر</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n مطابقت</numerusform>
            <numerusform>%n مطابقتیں</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <source>Article reader</source>
        <translation>مضمون ریڈر</translation>
    </message>
    <message>
        <source>An offline library on Pakistan–Russia relations: %1 %2. Nothing here reaches the network.</source>
        <translation>پاکستان اور روس کے تعلقات پر ایک آف لائن کتب خانہ: %2 %1۔ یہاں سے کچھ بھی نیٹ ورک تک نہیں پہنچتا۔</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln مضمون</numerusform>
            <numerusform>%Ln مضامین</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %Ln source(s)</source>
        <translation>
            <numerusform>%Ln ذریعے سے</numerusform>
            <numerusform>%Ln ذرائع سے</numerusform>
        </translation>
    </message>
    <message>
        <source>Type in the search field (&lt;b&gt;Ctrl+K&lt;/b&gt;); results appear as you type.</source>
        <translation>تلاش کے خانے میں لکھیں (&lt;b&gt;Ctrl+K&lt;/b&gt;)؛ نتائج لکھتے ہی ظاہر ہوتے ہیں۔</translation>
    </message>
    <message>
        <source>&lt;b&gt;&quot;gas pipeline&quot;&lt;/b&gt; finds the exact phrase; &lt;b&gt;oil OR LNG&lt;/b&gt; either word; &lt;b&gt;Russia -India&lt;/b&gt; leaves India out; &lt;b&gt;pipe*&lt;/b&gt; any word starting so.</source>
        <translation>&lt;b&gt;&quot;gas pipeline&quot;&lt;/b&gt; بالکل یہی فقرہ ڈھونڈتا ہے؛ &lt;b&gt;oil OR LNG&lt;/b&gt; دونوں میں سے کوئی بھی لفظ؛ &lt;b&gt;Russia -India&lt;/b&gt; میں India شامل نہیں ہوتا؛ &lt;b&gt;pipe*&lt;/b&gt; ان حروف سے شروع ہونے والا ہر لفظ۔</translation>
    </message>
    <message>
        <source>Spellings of one name find each other: &lt;b&gt;Shahbaz&lt;/b&gt; finds &lt;b&gt;Shehbaz&lt;/b&gt;; &lt;b&gt;SCO&lt;/b&gt; finds the Shanghai Cooperation Organisation.</source>
        <translation>ایک ہی نام کے مختلف ہجے ایک دوسرے کو ڈھونڈ لیتے ہیں: &lt;b&gt;Shahbaz&lt;/b&gt; سے &lt;b&gt;Shehbaz&lt;/b&gt; ملتا ہے؛ &lt;b&gt;SCO&lt;/b&gt; سے شنگھائی تعاون تنظیم۔</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enter&lt;/b&gt; opens the selected result at its paragraph; &lt;b&gt;F3&lt;/b&gt; and &lt;b&gt;Shift+F3&lt;/b&gt; walk through the hits; &lt;b&gt;Esc&lt;/b&gt; clears them.</source>
        <translation>&lt;b&gt;Enter&lt;/b&gt; منتخب نتیجے کو اس کے پیراگراف پر کھولتا ہے؛ &lt;b&gt;F3&lt;/b&gt; اور &lt;b&gt;Shift+F3&lt;/b&gt; ایک مطابقت سے دوسری پر لے جاتے ہیں؛ &lt;b&gt;Esc&lt;/b&gt; نشانات صاف کرتا ہے۔</translation>
    </message>
    <message>
        <source>&lt;b&gt;Alt+Left&lt;/b&gt; / &lt;b&gt;Alt+Right&lt;/b&gt; go back and forward; &lt;b&gt;Ctrl+=&lt;/b&gt; / &lt;b&gt;Ctrl+-&lt;/b&gt; zoom.</source>
        <translation>&lt;b&gt;Alt+Left&lt;/b&gt; / &lt;b&gt;Alt+Right&lt;/b&gt; پیچھے اور آگے لے جاتے ہیں؛ &lt;b&gt;Ctrl+=&lt;/b&gt; / &lt;b&gt;Ctrl+-&lt;/b&gt; متن بڑا اور چھوٹا کرتے ہیں۔</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ctrl+Shift+C&lt;/b&gt; copies a citation of the paragraph you are reading.</source>
        <translation>&lt;b&gt;Ctrl+Shift+C&lt;/b&gt; اس پیراگراف کا حوالہ کاپی کرتا ہے جو آپ پڑھ رہے ہیں۔</translation>
    </message>
    <message>
        <source>&lt;b&gt;F6&lt;/b&gt; / &lt;b&gt;Shift+F6&lt;/b&gt; move between the panes; arrow keys move the reading position, &lt;b&gt;Tab&lt;/b&gt; and &lt;b&gt;Enter&lt;/b&gt; follow links.</source>
        <translation>&lt;b&gt;F6&lt;/b&gt; / &lt;b&gt;Shift+F6&lt;/b&gt; ایک حصے سے دوسرے حصے پر لے جاتے ہیں؛ تیر والی کلیدیں پڑھنے کی جگہ بدلتی ہیں، &lt;b&gt;Tab&lt;/b&gt; اور &lt;b&gt;Enter&lt;/b&gt; لنک کھولتے ہیں۔</translation>
    </message>
    <message>
        <source>Add articles with &lt;b&gt;File → Import&lt;/b&gt; or by dropping files on the window.</source>
        <translation>&lt;b&gt;فائل ← درآمد&lt;/b&gt; سے یا فائلیں ونڈو پر چھوڑ کر مضامین شامل کریں۔</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>تلاش</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>مطالعہ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note:&lt;/b&gt; the source text ends mid-sentence; the article is incomplete.</source>
        <translation>&lt;b&gt;نوٹ:&lt;/b&gt; ماخذ متن جملے کے بیچ میں ختم ہو جاتا ہے؛ مضمون نامکمل ہے۔</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a title quoted in a citation</comment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <translation>پیراگراف %1</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>بلا تاریخ</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>از %1</translation>
    </message>
</context>
<context>
    <name>RebuildLibrary</name>
    <message>
        <source>Rebuild the library? Every article that can still be read is copied into a fresh file and indexed again; your own imports are kept, and the damaged file is kept beside it.</source>
        <translation>کتب خانہ دوبارہ بنائیں؟ ہر وہ مضمون جو اب بھی پڑھا جا سکتا ہے ایک نئی فائل میں نقل کر کے دوبارہ انڈیکس کیا جائے گا؛ آپ کی اپنی درآمدات محفوظ رہیں گی، اور خراب فائل بھی اس کے ساتھ رکھی جائے گی۔</translation>
    </message>
    <message>
        <source>Rebuild the Library</source>
        <translation>کتب خانہ دوبارہ بنائیں</translation>
    </message>
    <message>
        <source>The library cannot be read: %1</source>
        <translation>کتب خانہ پڑھا نہیں جا سکتا: %1</translation>
    </message>
    <message>
        <source>&amp;Rebuild</source>
        <translation>&amp;دوبارہ بنائیں</translation>
    </message>
    <message>
        <source>Rebuilding the library…</source>
        <translation>کتب خانہ دوبارہ بنایا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message numerus="yes">
        <source>Rebuilding the library… %1 of %Ln article(s) read</source>
        <translation>
            <numerusform>کتب خانہ دوبارہ بنایا جا رہا ہے… پڑھے گئے مضامین: %Ln میں سے %1</numerusform>
            <numerusform>کتب خانہ دوبارہ بنایا جا رہا ہے… پڑھے گئے مضامین: %Ln میں سے %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rebuilding the library… %Ln article(s) read</source>
        <translation>
            <numerusform>کتب خانہ دوبارہ بنایا جا رہا ہے… %Ln مضمون پڑھا گیا</numerusform>
            <numerusform>کتب خانہ دوبارہ بنایا جا رہا ہے… %Ln مضامین پڑھے گئے</numerusform>
        </translation>
    </message>
    <message>
        <source>The library could not be rebuilt</source>
        <translation>کتب خانہ دوبارہ نہیں بنایا جا سکا</translation>
    </message>
    <message>
        <source>The library was rebuilt</source>
        <translation>کتب خانہ دوبارہ بنا دیا گیا</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>&amp;بحال کریں</translation>
    </message>
    <message>
        <source>The library could not be restored: %1</source>
        <translation>کتب خانہ بحال نہیں کیا جا سکا: %1</translation>
    </message>
    <message>
        <source>The library was restored from %1.</source>
        <translation>کتب خانہ ⁦%1⁩ سے بحال کر دیا گیا۔</translation>
    </message>
    <message>
        <source>&amp;Rebuild the Library…</source>
        <translation>کتب خانہ &amp;دوبارہ بنائیں…</translation>
    </message>
    <message>
        <source>The library cannot be opened.</source>
        <translation>کتب خانہ کھولا نہیں جا سکتا۔</translation>
    </message>
</context>
<context>
    <name>SafeBrowser</name>
    <message>
        <source>%1, paragraph %2</source>
        <translation>%1، پیراگراف %2</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <source>Type to search the library.</source>
        <translation>کتب خانے میں تلاش کے لیے لکھیں۔</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>تلاش کی کیفیت</translation>
    </message>
    <message>
        <source>Filter by source</source>
        <translation>ذریعے کے لحاظ سے فلٹر</translation>
    </message>
    <message>
        <source>Only show results from one source</source>
        <translation>صرف ایک ذریعے کے نتائج دکھائیں</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>تمام ذرائع</translation>
    </message>
    <message>
        <source>Filter by topic</source>
        <translation>موضوع کے لحاظ سے فلٹر</translation>
    </message>
    <message>
        <source>Only show results about one topic</source>
        <translation>صرف ایک موضوع کے نتائج دکھائیں</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>تمام موضوعات</translation>
    </message>
    <message>
        <source>Filters in force</source>
        <translation>لاگو فلٹر</translation>
    </message>
    <message>
        <source>✕ &amp;Show all</source>
        <translation>✕ &amp;سب دکھائیں</translation>
    </message>
    <message>
        <source>Clear the source, topic and date filters</source>
        <translation>ذریعے، موضوع اور تاریخ کے فلٹر ہٹائیں</translation>
    </message>
    <message>
        <source>Sort results</source>
        <translation>نتائج کی ترتیب</translation>
    </message>
    <message>
        <source>Best match first, or the newest articles first</source>
        <translation>پہلے بہترین مطابقت، یا پہلے تازہ ترین مضامین</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>بہترین مطابقت</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>پہلے تازہ ترین</translation>
    </message>
    <message>
        <source>Results dated from</source>
        <translation>اس تاریخ سے نتائج</translation>
    </message>
    <message>
        <source>from year</source>
        <translation>سال سے</translation>
    </message>
    <message>
        <source>Results dated up to</source>
        <translation>اس تاریخ تک نتائج</translation>
    </message>
    <message>
        <source>to year</source>
        <translation>سال تک</translation>
    </message>
    <message>
        <source>A year, month or day: 2024, 2024-10 or 2024-10-07</source>
        <translation>سال، مہینہ یا دن: 2024، 2024-10 یا 2024-10-07</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>تلاش کے نتائج</translation>
    </message>
    <message>
        <source>dated %1–%2</source>
        <translation>تاریخ %1–%2</translation>
    </message>
    <message>
        <source>dated from %1</source>
        <translation>تاریخ %1 سے</translation>
    </message>
    <message>
        <source>dated up to %1</source>
        <translation>تاریخ %1 تک</translation>
    </message>
    <message>
        <source>Only: %1</source>
        <translation>صرف: %1</translation>
    </message>
    <message>
        <source>%1, paragraph %2</source>
        <translation>%1، پیراگراف %2</translation>
    </message>
    <message>
        <source>Use “%1” (↓ then Enter)</source>
        <translation>“%1” استعمال کریں (↓ پھر Enter)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more in this article</source>
        <translation>
            <numerusform>اس مضمون میں مزید %Ln</numerusform>
            <numerusform>اس مضمون میں مزید %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about &lt;b&gt;%1&lt;/b&gt; article(s)</source>
        <translation>
            <numerusform>تقریباً &lt;b&gt;%1&lt;/b&gt; مضمون</numerusform>
            <numerusform>تقریباً &lt;b&gt;%1&lt;/b&gt; مضامین</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; article(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; مضمون</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; مضامین</numerusform>
        </translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>کیا آپ کی مراد %1 تھی؟</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 نہیں کھل سکا: %2</translation>
    </message>
    <message>
        <source>Libraries and collections (*%1 *.sqlite3 *.db);;All files (*)</source>
        <translation>کتب خانے اور مجموعے (*%1 *.sqlite3 *.db);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>کتب خانہ کھولیں</translation>
    </message>
    <message>
        <source>My Library</source>
        <translation>میرا کتب خانہ</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>%1 مضامین</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (صرف پڑھنے کے لیے)</translation>
    </message>
    <message>
        <source>Read-only library %1: %2; not a collection, unsigned</source>
        <translation>صرف پڑھنے کے لیے کتب خانہ %1: %2؛ مجموعہ نہیں، بغیر دستخط</translation>
    </message>
    <message>
        <source>ALTERED</source>
        <translation>تبدیل شدہ</translation>
    </message>
    <message>
        <source>altered since it was built: %1 problem(s), see Help → Verify Library</source>
        <translation>بننے کے بعد اس میں تبدیلی ہوئی ہے (مسائل: %1)، دیکھیں: مدد ← کتب خانے کی جانچ</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>دستخط: %1</translation>
    </message>
    <message>
        <source>signed by %1 (key fingerprint %2)</source>
        <translation>دستخط: %1 (کلید کا فنگر پرنٹ %2)</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>بغیر دستخط</translation>
    </message>
    <message>
        <source>Collection %1 (read-only), %2, built %3: %4</source>
        <translation>مجموعہ %1 (صرف پڑھنے کے لیے)، %2، %3 کو تیار کیا گیا: %4</translation>
    </message>
    <message>
        <source>Library shown</source>
        <translation>دکھایا گیا کتب خانہ</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 نہیں کھل سکا</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>undated</source>
        <translation>بلا تاریخ</translation>
    </message>
    <message>
        <source>(date estimated from the text)</source>
        <translation>(تاریخ کا اندازہ متن سے لگایا گیا)</translation>
    </message>
    <message>
        <source>Filter the library…</source>
        <translation>کتب خانہ فلٹر کریں…</translation>
    </message>
    <message>
        <source>Filter the library</source>
        <translation>کتب خانہ فلٹر کریں</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>کتب خانہ</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>مضامین</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>موضوعات</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>ذرائع</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) from %1</source>
        <translation>
            <numerusform>%1 سے %Ln مضمون</numerusform>
            <numerusform>%1 سے %Ln مضامین</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln article(s): open its fact sheet</source>
        <translation>
            <numerusform>%1 — %Ln مضمون: اس کا حقائق نامہ کھولیں</numerusform>
            <numerusform>%1 — %Ln مضامین: اس کا حقائق نامہ کھولیں</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Timeline picture</source>
        <translation>ٹائم لائن کی تصویر</translation>
    </message>
    <message>
        <source>No dated facts.</source>
        <translation>تاریخ والے کوئی حقائق نہیں۔</translation>
    </message>
    <message>
        <source>date in the text</source>
        <translation>تاریخ متن میں</translation>
    </message>
    <message>
        <source>year inferred</source>
        <translation>سال اخذ شدہ</translation>
    </message>
    <message>
        <source>inferred from an estimated date</source>
        <translation>اندازاً تاریخ سے اخذ شدہ</translation>
    </message>
    <message>
        <source>decade</source>
        <translation>دہائی</translation>
    </message>
    <message>
        <source>planned or expected</source>
        <translation>منصوبہ بند یا متوقع</translation>
    </message>
    <message>
        <source>%1 (inferred, article date estimated)</source>
        <translation>%1 (اخذ شدہ، مضمون کی تاریخ اندازاً)</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1 (اخذ شدہ)</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>منصوبہ بند</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>اندازاً</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>اخذ شدہ</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <source>Timeline</source>
        <translation>ٹائم لائن</translation>
    </message>
    <message>
        <source>Timeline topic</source>
        <translation>ٹائم لائن کا موضوع</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>تمام موضوعات</translation>
    </message>
    <message>
        <source>Timeline list</source>
        <translation>ٹائم لائن کی فہرست</translation>
    </message>
    <message>
        <source>Gathering dated facts…</source>
        <translation>تاریخ والے حقائق جمع کیے جا رہے ہیں…</translation>
    </message>
    <message numerus="yes">
        <source>%n dated fact(s)</source>
        <translation>
            <numerusform>تاریخ والی %n حقیقت</numerusform>
            <numerusform>تاریخ والے %n حقائق</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicEditor</name>
    <message>
        <source>Edit Topics</source>
        <translation>موضوعات میں ترمیم</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>نیا موضوع</translation>
    </message>
    <message>
        <source>Articles the topic takes</source>
        <translation>اس موضوع میں آنے والے مضامین</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;موضوع:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <source>&amp;Keywords (comma-separated):</source>
        <translation>&amp;کلیدی الفاظ (کاما سے الگ):</translation>
    </message>
    <message>
        <source>&amp;Required entities:</source>
        <translation>&amp;لازمی نام:</translation>
    </message>
    <message>
        <source>&amp;Introduction:</source>
        <translation>&amp;تعارف:</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s):</source>
        <translation>
            <numerusform>مضامین (%n):</numerusform>
            <numerusform>مضامین (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>A topic needs a name and keywords.</source>
        <translation>موضوع کے لیے نام اور کلیدی الفاظ ضروری ہیں۔</translation>
    </message>
    <message>
        <source>Topic saved: %1</source>
        <translation>موضوع محفوظ ہو گیا: %1</translation>
    </message>
</context>
<context>
    <name>VerifyLibrary</name>
    <message>
        <source>the library cannot be read: %1</source>
        <translation>کتب خانہ پڑھا نہیں جا سکتا: %1</translation>
    </message>
    <message>
        <source>the library cannot be checked: %1</source>
        <translation>لائبریری کی جانچ نہیں ہو سکتی: %1</translation>
    </message>
    <message>
        <source>Checking every article…</source>
        <translation>ہر مضمون کی جانچ ہو رہی ہے…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Verify Library</source>
        <translation>کتب خانے کی جانچ</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>جانچ منسوخ کر دی گئی۔</translation>
    </message>
    <message>
        <source>The library is sound</source>
        <translation>کتب خانہ درست ہے</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) checked.</source>
        <translation>
            <numerusform>%Ln مضمون جانچا گیا۔</numerusform>
            <numerusform>%Ln مضامین جانچے گئے۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found</source>
        <translation>
            <numerusform>%Ln مسئلہ ملا</numerusform>
            <numerusform>%Ln مسائل ملے</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Verify Library…</source>
        <translation>کتب خانے کی &amp;جانچ کریں…</translation>
    </message>
</context>
<context>
    <name>WindowAccessibility</name>
    <message numerus="yes">
        <source>Fact sheet shown: %Ln fact(s).</source>
        <translation>
            <numerusform>حقائق نامہ دکھایا گیا: %Ln حقیقت۔</numerusform>
            <numerusform>حقائق نامہ دکھایا گیا: %Ln حقائق۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Timeline shown: %Ln dated fact(s).</source>
        <translation>
            <numerusform>ٹائم لائن دکھائی گئی: تاریخ والی %Ln حقیقت۔</numerusform>
            <numerusform>ٹائم لائن دکھائی گئی: تاریخ والے %Ln حقائق۔</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;ذریعہ</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>ذریعے کا فلٹر</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>مو&amp;ضوع</translation>
    </message>
    <message>
        <source>Topic filter</source>
        <translation>موضوع کا فلٹر</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Timeline topic filter</source>
        <translation>ٹائم لائن کے موضوع کا فلٹر</translation>
    </message>
    <message>
        <source>So&amp;rt</source>
        <translation>ت&amp;رتیب</translation>
    </message>
    <message>
        <source>Sort results</source>
        <translation>نتائج کی ترتیب</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>تلاش کی کیفیت</translation>
    </message>
    <message>
        <source>Enter opens the selected result at its paragraph</source>
        <translation>Enter منتخب نتیجے کو اس کے پیراگراف پر کھولتا ہے</translation>
    </message>
    <message>
        <source>Results appear as you type. Shortcut: Ctrl+K</source>
        <translation>نتائج لکھتے ہی ظاہر ہوتے ہیں۔ شارٹ کٹ: Ctrl+K</translation>
    </message>
    <message>
        <source>Hit position</source>
        <translation>مطابقت کا نمبر</translation>
    </message>
    <message>
        <source>Narrows the articles, topics and sources</source>
        <translation>مضامین، موضوعات اور ذرائع کی فہرست محدود کرتا ہے</translation>
    </message>
    <message>
        <source>Library sections</source>
        <translation>کتب خانے کے حصے</translation>
    </message>
    <message>
        <source>Dated facts shown</source>
        <translation>دکھائے گئے تاریخ والے حقائق</translation>
    </message>
    <message>
        <source>A picture of the entries in the timeline list below</source>
        <translation>نیچے ٹائم لائن کی فہرست کے اندراجات کی تصویر</translation>
    </message>
    <message>
        <source>%1 choices</source>
        <translation>%1: انتخاب</translation>
    </message>
    <message>
        <source>Scroll the library sections</source>
        <translation>کتب خانے کے حصے اسکرول کریں</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>ٹول بار</translation>
    </message>
    <message>
        <source>Shortcut: %1</source>
        <translation>شارٹ کٹ: %1</translation>
    </message>
    <message>
        <source>The article. Arrow keys move the reading position; Tab moves to links</source>
        <translation>مضمون۔ تیر والی کلیدیں پڑھنے کی جگہ بدلتی ہیں؛ Tab لنکس پر لے جاتا ہے</translation>
    </message>
    <message>
        <source>The topic&apos;s facts; each citation is a link to its article</source>
        <translation>موضوع کے حقائق؛ ہر حوالہ اپنے مضمون کا لنک ہے</translation>
    </message>
    <message>
        <source>Every dated fact, in order; each citation is a link</source>
        <translation>تاریخ والے تمام حقائق ترتیب سے؛ ہر حوالہ ایک لنک ہے</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>بلا تاریخ</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln article(s) found for %1.</source>
        <translation>
            <numerusform>%1 کے لیے تقریباً %Ln مضمون ملا۔</numerusform>
            <numerusform>%1 کے لیے تقریباً %Ln مضامین ملے۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) found for %1.</source>
        <translation>
            <numerusform>%1 کے لیے %Ln مضمون ملا۔</numerusform>
            <numerusform>%1 کے لیے %Ln مضامین ملے۔</numerusform>
        </translation>
    </message>
    <message>
        <source> Did you mean %1? Down, then Enter, uses it.</source>
        <translation> کیا آپ کی مراد %1 تھی؟ نیچے والا تیر، پھر Enter دبا کر اسے استعمال کریں۔</translation>
    </message>
    <message>
        <source>%1 of %2 hits</source>
        <translation>%2 میں سے %1</translation>
    </message>
    <message>
        <source>%1 pane</source>
        <translation>حصہ: %1</translation>
    </message>
    <message>
        <source>Pane width %1 pixels</source>
        <translation>حصے کی چوڑائی: %1 پکسل</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>&amp;Yellow</source>
        <translation>&amp;پیلا</translation>
    </message>
    <message>
        <source>&amp;Green</source>
        <translation>&amp;سبز</translation>
    </message>
    <message>
        <source>&amp;Blue</source>
        <translation>&amp;نیلا</translation>
    </message>
    <message>
        <source>&amp;Pink</source>
        <translation>&amp;گلابی</translation>
    </message>
    <message>
        <source>The paragraph changed since this was written.</source>
        <translation>یہ لکھے جانے کے بعد پیراگراف بدل گیا ہے۔</translation>
    </message>
    <message>
        <source>The paragraph this was written on is no longer in the article.</source>
        <translation>جس پیراگراف پر یہ لکھا گیا تھا وہ اب مضمون میں نہیں ہے۔</translation>
    </message>
    <message>
        <source>The article is no longer in the library.</source>
        <translation>یہ مضمون اب لائبریری میں نہیں ہے۔</translation>
    </message>
    <message>
        <source>&amp;Bookmark Paragraph</source>
        <translation>&amp;پیراگراف کا بُک مارک</translation>
    </message>
    <message>
        <source>Bookmark &amp;Article</source>
        <translation>&amp;مضمون کا بُک مارک</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>&amp;انتخاب نمایاں کریں</translation>
    </message>
    <message>
        <source>Highlight in %1</source>
        <translation>نمایاں کریں: %1</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>&amp;نوٹ شامل کریں…</translation>
    </message>
    <message>
        <source>Briefing &amp;Pack…</source>
        <translation>&amp;بریفنگ پیک…</translation>
    </message>
    <message>
        <source>&amp;Export Notes…</source>
        <translation>نوٹس برآمد &amp;کریں…</translation>
    </message>
    <message>
        <source>&amp;Import Notes…</source>
        <translation>نوٹس &amp;درآمد کریں…</translation>
    </message>
    <message>
        <source>Boo&amp;kmarks</source>
        <translation>&amp;بُک مارک</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;نوٹس</translation>
    </message>
    <message>
        <source>Highlight &amp;Colour</source>
        <translation>نمایاں کرنے کا &amp;رنگ</translation>
    </message>
    <message>
        <source>Open an article first: marks are made in the reader.</source>
        <translation>پہلے کوئی مضمون کھولیں: نشانات ریڈر میں بنتے ہیں۔</translation>
    </message>
    <message>
        <source>Bookmarked paragraph %1</source>
        <translation>پیراگراف %1 بُک مارک ہو گیا</translation>
    </message>
    <message>
        <source>Bookmarked the article</source>
        <translation>مضمون بُک مارک ہو گیا</translation>
    </message>
    <message>
        <source>Select the words to highlight first.</source>
        <translation>پہلے نمایاں کرنے والے الفاظ منتخب کریں۔</translation>
    </message>
    <message>
        <source>Highlighted in paragraph %1</source>
        <translation>پیراگراف %1 میں نمایاں کیا گیا</translation>
    </message>
    <message>
        <source>Note added to paragraph %1</source>
        <translation>پیراگراف %1 پر نوٹ شامل ہو گیا</translation>
    </message>
    <message>
        <source>Note added to the sheet</source>
        <translation>حقائق نامے پر نوٹ شامل ہو گیا</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>ہٹا دیا گیا</translation>
    </message>
    <message>
        <source>Your note:</source>
        <translation>آپ کا نوٹ:</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>بُک مارک شدہ</translation>
    </message>
    <message>
        <source>Your notes whose paragraph is gone</source>
        <translation>آپ کے نوٹس جن کا پیراگراف نہیں رہا</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>نقل ہو گیا: %1</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>نوٹس برآمد کریں</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) written to %1</source>
        <translation>
            <numerusform>%n نشان ⁦%1⁩ میں لکھا گیا</numerusform>
            <numerusform>%n نشانات ⁦%1⁩ میں لکھے گئے</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>نوٹس درآمد کریں</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) added, %1 already there</source>
        <translation>
            <numerusform>%n نشان شامل ہوا، %1 پہلے سے موجود تھے</numerusform>
            <numerusform>%n نشانات شامل ہوئے، %1 پہلے سے موجود تھے</numerusform>
        </translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>بُک مارک</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>(بدل گیا)</translation>
    </message>
    <message>
        <source>Context menu</source>
        <translation>سیاق و سباق مینو</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;کھولیں</translation>
    </message>
    <message>
        <source>Copy C&amp;itation</source>
        <translation>&amp;حوالہ نقل کریں</translation>
    </message>
    <message>
        <source>&amp;Bookmark Article</source>
        <translation>&amp;مضمون کا بُک مارک</translation>
    </message>
    <message>
        <source>&amp;Open Fact Sheet</source>
        <translation>&amp;حقائق نامہ کھولیں</translation>
    </message>
    <message>
        <source>&amp;Show Its Articles</source>
        <translation>&amp;اس کے مضامین دکھائیں</translation>
    </message>
    <message>
        <source>&amp;Edit Note…</source>
        <translation>&amp;نوٹ میں ترمیم…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;ہٹائیں</translation>
    </message>
    <message>
        <source>Add &amp;Note on This Line…</source>
        <translation>اس سطر پر &amp;نوٹ شامل کریں…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نقل کریں</translation>
    </message>
    <message>
        <source>&amp;Open Cited Article</source>
        <translation>&amp;حوالہ شدہ مضمون کھولیں</translation>
    </message>
    <message>
        <source>&amp;Bookmark Cited Paragraph</source>
        <translation>&amp;حوالہ شدہ پیراگراف کا بُک مارک</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>آپ کا نوٹ</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>حالیہ تلاشیں</translation>
    </message>
</context>
<context>
    <name>_Backend</name>
    <message>
        <source>Timeline: %1</source>
        <translation>ٹائم لائن: %1</translation>
    </message>
    <message>
        <source>Timeline of the library</source>
        <translation>کتب خانے کی ٹائم لائن</translation>
    </message>
</context>
<context>
    <name>_Searcher</name>
    <message>
        <source>The search failed: %1</source>
        <translation>تلاش ناکام ہو گئی: %1</translation>
    </message>
    <message>
        <source>The library cannot be searched: %1</source>
        <translation>کتب خانے میں تلاش نہیں ہو سکتی: %1</translation>
    </message>
</context>
</TS>
