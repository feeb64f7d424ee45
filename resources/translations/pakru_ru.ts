<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Accessibility</name>
    <message>
        <source>, %1 more in this article</source>
        <translation>, ещё в этой статье: %1</translation>
    </message>
    <message>
        <source>%1 — %2, %3, paragraph %4</source>
        <translation>%1 — %2, %3, абзац %4</translation>
    </message>
    <message>
        <source>The import was cancelled or failed; the library is as it was.</source>
        <translation>Импорт прерван или не удался; библиотека осталась прежней.</translation>
    </message>
    <message>
        <source>Import finished: %1 imported, %2 skipped, %3 failed.</source>
        <translation>Импорт завершён: импортировано %1, пропущено %2, с ошибкой %3.</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Проверка прервана.</translation>
    </message>
    <message>
        <source>Verification finished: the library is sound.</source>
        <translation>Проверка завершена: библиотека в порядке.</translation>
    </message>
    <message>
        <source>Verification finished: %1 problem(s) found.</source>
        <translation>Проверка завершена, найдено проблем: %1.</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Очистить: %1</translation>
    </message>
    <message>
        <source>More toolbar buttons</source>
        <translation>Другие кнопки панели</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Строка меню</translation>
    </message>
    <message>
        <source>Scroll %1 up or down</source>
        <translation>Прокрутка: %1, вверх и вниз</translation>
    </message>
    <message>
        <source>Scroll %1 sideways</source>
        <translation>Прокрутка: %1, в стороны</translation>
    </message>
    <message>
        <source>Scroll bar</source>
        <translation>Полоса прокрутки</translation>
    </message>
    <message>
        <source>Resize the panes</source>
        <translation>Изменить размер панелей</translation>
    </message>
    <message>
        <source>Resize the window</source>
        <translation>Изменить размер окна</translation>
    </message>
    <message>
        <source>Did you mean: no suggestion</source>
        <translation>Возможно, вы имели в виду: вариантов нет</translation>
    </message>
    <message>
        <source>Citation: Tab to it in the document and press Enter to open the article</source>
        <translation>Ссылка на источник: перейдите к ней клавишей Tab и нажмите Enter, чтобы открыть статью</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Your notes cannot be opened; marks made now are not kept:</source>
        <translation>Ваши заметки не открываются; новые отметки не сохранятся:</translation>
    </message>
    <message>
        <source>The library cannot be opened.</source>
        <translation>Не удаётся открыть библиотеку.</translation>
    </message>
</context>
<context>
    <name>ArticleAdmin</name>
    <message>
        <source>Open an article of your own library first.</source>
        <translation>Сначала откройте статью из своей библиотеки.</translation>
    </message>
    <message>
        <source>Remove these %1 articles from the library? Their statements leave the fact sheets.</source>
        <translation>Удалить выбранные статьи (%1) из библиотеки? Их утверждения будут убраны из справок.</translation>
    </message>
    <message>
        <source>Remove “%1” from the library? Its statements leave the fact sheets.</source>
        <translation>Удалить «%1» из библиотеки? Её утверждения будут убраны из справок.</translation>
    </message>
    <message>
        <source>Remove Article</source>
        <translation>Удаление статьи</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>Статья «%1» удалена.</translation>
    </message>
    <message>
        <source>Removed %1 articles.</source>
        <translation>Удалено статей: %1.</translation>
    </message>
    <message>
        <source>Edit Article Details</source>
        <translation>Данные статьи</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>&amp;Date (2025, 2025-03, 2025-03-14):</source>
        <translation>&amp;Дата (2025, 2025-03, 2025-03-14):</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <source>Apply Update</source>
        <translation>Применить обновление</translation>
    </message>
    <message>
        <source>Update packs (*.update);;All files (*)</source>
        <translation>Пакеты обновлений (*.update);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Обновлено: %1</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Briefing Pack</source>
        <translation>Пакет к встрече</translation>
    </message>
    <message>
        <source>Make a briefing pack</source>
        <translation>Собрать пакет к встрече</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Пакет к встрече</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Choose where to save the pack</source>
        <translation>Выбрать, куда сохранить пакет</translation>
    </message>
    <message>
        <source>Fact sheets</source>
        <translation>Справки по темам</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Закладки</translation>
    </message>
    <message>
        <source>Notes and highlights</source>
        <translation>Заметки и выделения</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Prepared &amp;by:</source>
        <translation>&amp;Подготовил:</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Подготовил</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Save the pack as</source>
        <translation>Сохранить пакет как</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Сохранить как:</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Форматы:</translation>
    </message>
    <message>
        <source>&amp;Create Pack</source>
        <translation>&amp;Создать пакет</translation>
    </message>
    <message>
        <source>Create the briefing pack</source>
        <translation>Создать пакет к встрече</translation>
    </message>
    <message>
        <source>Briefing pack status</source>
        <translation>Состояние пакета</translation>
    </message>
    <message>
        <source>Briefing pack written: %1</source>
        <translation>Пакет записан: %1</translation>
    </message>
    <message>
        <source>Choose a file in an existing folder.</source>
        <translation>Выберите файл в существующей папке.</translation>
    </message>
    <message>
        <source>Could not write the pack: %1</source>
        <translation>Не удалось записать пакет: %1</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>pakru-desktop hit an unexpected error (%1); the details are in %2.</source>
        <translation>В pakru-desktop произошла непредвиденная ошибка (%1); подробности — в %2.</translation>
    </message>
    <message>
        <source>pakru-desktop hit an unexpected error (%1); no log could be written.</source>
        <translation>В pakru-desktop произошла непредвиденная ошибка (%1); журнал записать не удалось.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>%1s</source>
        <comment>a decade: 1970s</comment>
        <translation>%1-е</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>%1 imported, %2 skipped, %3 failed.</source>
        <translation>Импортировано: %1, пропущено: %2, с ошибкой: %3.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортированы</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущены</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>С ошибкой</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln статья</numerusform>
            <numerusform>%Ln статьи</numerusform>
            <numerusform>%Ln статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s)</source>
        <translation>
            <numerusform>%Ln абзац</numerusform>
            <numerusform>%Ln абзаца</numerusform>
            <numerusform>%Ln абзацев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln источник</numerusform>
            <numerusform>%Ln источника</numerusform>
            <numerusform>%Ln источников</numerusform>
        </translation>
    </message>
    <message>
        <source>replaced the earlier version</source>
        <translation>прежняя версия заменена</translation>
    </message>
    <message>
        <source>An offline reference library on Pakistan–Russia relations. Nothing in it reaches the network.</source>
        <translation>Автономная справочная библиотека о российско-пакистанских отношениях. Ничто в ней не обращается к сети.</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>Библиотека:</translation>
    </message>
    <message>
        <source>Licences of what we ship</source>
        <translation>Лицензии поставляемых компонентов</translation>
    </message>
    <message>
        <source>Articles in the library belong to their publishers; they are quoted for reference.</source>
        <translation>Статьи в библиотеке принадлежат их издателям и приводятся в справочных целях.</translation>
    </message>
</context>
<context>
    <name>DocumentAccessible</name>
    <message>
        <source>%1: links and headings</source>
        <translation>%1: ссылки и заголовки</translation>
    </message>
</context>
<context>
    <name>FactSheetPane</name>
    <message>
        <source>Topic fact sheet</source>
        <translation>Справка по теме</translation>
    </message>
    <message>
        <source>Gathering the facts…</source>
        <translation>Собираем факты…</translation>
    </message>
    <message>
        <source>Open this topic&apos;s timeline as a picture</source>
        <translation>Открыть хронологию темы в виде схемы</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Articles (%1)</source>
        <translation>Статьи (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Импорт статей</translation>
    </message>
    <message>
        <source>Import a folder of articles</source>
        <translation>Импорт папки со статьями</translation>
    </message>
    <message>
        <source>Importing articles…</source>
        <translation>Импорт статей…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Importing %1 of %2…</source>
        <translation>Импорт: %1 из %2…</translation>
    </message>
    <message>
        <source>Saving the import… it is too late to cancel.</source>
        <translation>Импорт сохраняется… отменить его уже нельзя.</translation>
    </message>
    <message>
        <source>The import failed and was undone: %1</source>
        <translation>Импорт не удался и отменён: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; the library is as it was.</source>
        <translation>Импорт прерван; библиотека осталась прежней.</translation>
    </message>
    <message>
        <source>Cancel came too late: the import was already being saved, and it is complete.</source>
        <translation>Отмена пришла слишком поздно: импорт уже сохранялся и завершён полностью.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Итоги импорта</translation>
    </message>
</context>
<context>
    <name>KnowledgeViews</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Open a topic&apos;s fact sheet first.</source>
        <translation>Сначала откройте справку по теме.</translation>
    </message>
    <message>
        <source>Export Fact Sheet</source>
        <translation>Экспорт справки</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Language: %1. The menus and panes change when pakru-desktop starts again.</source>
        <translation>Язык: %1. Меню и панели сменятся при следующем запуске pakru-desktop.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Перезапустить сейчас</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Unknown publisher</source>
        <translation>Издатель неизвестен</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Recent Libraries</source>
        <translation>&amp;Недавние библиотеки</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>Open &amp;Library…</source>
        <translation>Открыть &amp;библиотеку…</translation>
    </message>
    <message>
        <source>Apply &amp;Update…</source>
        <translation>Применить &amp;обновление…</translation>
    </message>
    <message>
        <source>Edit &amp;Topics…</source>
        <translation>Изменить &amp;темы…</translation>
    </message>
    <message>
        <source>Edit Article &amp;Details…</source>
        <translation>Изменить &amp;данные статьи…</translation>
    </message>
    <message>
        <source>Re&amp;move Article…</source>
        <translation>&amp;Удалить статью…</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Импорт файлов…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Импорт &amp;папки…</translation>
    </message>
    <message>
        <source>&amp;Export Article as PDF…</source>
        <translation>&amp;Экспорт статьи в PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <source>Export Fact &amp;Sheet…</source>
        <translation>Экспорт &amp;справки…</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Хронология</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy C&amp;itation</source>
        <translation>Копировать &amp;ссылку на источник</translation>
    </message>
    <message>
        <source>&amp;Find in Library</source>
        <translation>&amp;Найти в библиотеке</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Обычный размер</translation>
    </message>
    <message>
        <source>&amp;Next Hit</source>
        <translation>&amp;Следующее совпадение</translation>
    </message>
    <message>
        <source>Pre&amp;vious Hit</source>
        <translation>&amp;Предыдущее совпадение</translation>
    </message>
    <message>
        <source>Clear &amp;Highlights</source>
        <translation>С&amp;нять выделение</translation>
    </message>
    <message>
        <source>Paragraph N&amp;umbers</source>
        <translation>Номера а&amp;бзацев</translation>
    </message>
    <message>
        <source>Show &amp;Commentary on Sheets</source>
        <translation>Показывать &amp;комментарии в справках</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>Следующая пан&amp;ель</translation>
    </message>
    <message>
        <source>Previous P&amp;ane</source>
        <translation>Предыдущая пане&amp;ль</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <source>&amp;Article…</source>
        <translation>&amp;Статья…</translation>
    </message>
    <message>
        <source>To&amp;pic…</source>
        <translation>&amp;Тема…</translation>
    </message>
    <message>
        <source>&amp;About pakru-desktop</source>
        <translation>&amp;О программе pakru-desktop</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Системная</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>С&amp;ветлая</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <source>Search  (Ctrl+K)</source>
        <translation>Поиск  (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Поиск по библиотеке</translation>
    </message>
    <message>
        <source>Hit position</source>
        <translation>Номер совпадения</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>That article is no longer in the library.</source>
        <translation>Этой статьи больше нет в библиотеке.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Go to Article</source>
        <translation>Перейти к статье</translation>
    </message>
    <message>
        <source>Go to Topic</source>
        <translation>Перейти к теме</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n hit(s)</source>
        <translation>
            <numerusform>%1 из %n совпадения</numerusform>
            <numerusform>%1 из %n совпадений</numerusform>
            <numerusform>%1 из %n совпадений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a query quoted</comment>
        <translation>«%1»</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) for %1</source>
        <translation>
            <numerusform>%Ln статья по запросу %1</numerusform>
            <numerusform>%Ln статьи по запросу %1</numerusform>
            <numerusform>%Ln статей по запросу %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Скопировано: %1</translation>
    </message>
    <message>
        <source>About pakru-desktop %1</source>
        <translation>О программе pakru-desktop %1</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Write a note</source>
        <translation>Написать заметку</translation>
    </message>
    <message>
        <source>The words the note is on</source>
        <translation>Слова, к которым относится заметка</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Текст заметки</translation>
    </message>
    <message>
        <source>What to raise, ask or remember…</source>
        <translation>Что поднять, спросить или запомнить…</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Сохранить заметку</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Export as PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>Сначала откройте статью.</translation>
    </message>
    <message>
        <source>Keep the search highlights in the PDF?</source>
        <translation>Сохранить в PDF выделение результатов поиска?</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Could not write the PDF</source>
        <translation>Не удалось записать PDF</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>Перейти &amp;к:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <source>Type to filter, Enter opens</source>
        <translation>Вводите текст для отбора, Enter — открыть</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <source>Article reader</source>
        <translation>Просмотр статьи</translation>
    </message>
    <message>
        <source>An offline library on Pakistan–Russia relations: %1 %2. Nothing here reaches the network.</source>
        <translation>Автономная библиотека о российско-пакистанских отношениях: %1 %2. Ничто здесь не обращается к сети.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln статья</numerusform>
            <numerusform>%Ln статьи</numerusform>
            <numerusform>%Ln статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %Ln source(s)</source>
        <translation>
            <numerusform>из %Ln источника</numerusform>
            <numerusform>из %Ln источников</numerusform>
            <numerusform>из %Ln источников</numerusform>
        </translation>
    </message>
    <message>
        <source>Type in the search field (&lt;b&gt;Ctrl+K&lt;/b&gt;); results appear as you type.</source>
        <translation>Вводите запрос в поле поиска (&lt;b&gt;Ctrl+K&lt;/b&gt;) — результаты появляются по мере ввода.</translation>
    </message>
    <message>
        <source>&lt;b&gt;&quot;gas pipeline&quot;&lt;/b&gt; finds the exact phrase; &lt;b&gt;oil OR LNG&lt;/b&gt; either word; &lt;b&gt;Russia -India&lt;/b&gt; leaves India out; &lt;b&gt;pipe*&lt;/b&gt; any word starting so.</source>
        <translation>&lt;b&gt;&quot;gas pipeline&quot;&lt;/b&gt; ищет точную фразу; &lt;b&gt;oil OR LNG&lt;/b&gt; — любое из двух слов; &lt;b&gt;Russia -India&lt;/b&gt; исключает India; &lt;b&gt;pipe*&lt;/b&gt; — любое слово с таким началом.</translation>
    </message>
    <message>
        <source>Spellings of one name find each other: &lt;b&gt;Shahbaz&lt;/b&gt; finds &lt;b&gt;Shehbaz&lt;/b&gt;; &lt;b&gt;SCO&lt;/b&gt; finds the Shanghai Cooperation Organisation.</source>
        <translation>Разные написания одного имени находят друг друга: &lt;b&gt;Shahbaz&lt;/b&gt; находит &lt;b&gt;Shehbaz&lt;/b&gt;; &lt;b&gt;SCO&lt;/b&gt; находит Шанхайскую организацию сотрудничества.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enter&lt;/b&gt; opens the selected result at its paragraph; &lt;b&gt;F3&lt;/b&gt; and &lt;b&gt;Shift+F3&lt;/b&gt; walk through the hits; &lt;b&gt;Esc&lt;/b&gt; clears them.</source>
        <translation>&lt;b&gt;Enter&lt;/b&gt; открывает выбранный результат на его абзаце; &lt;b&gt;F3&lt;/b&gt; и &lt;b&gt;Shift+F3&lt;/b&gt; переходят по совпадениям; &lt;b&gt;Esc&lt;/b&gt; снимает выделение.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Alt+Left&lt;/b&gt; / &lt;b&gt;Alt+Right&lt;/b&gt; go back and forward; &lt;b&gt;Ctrl+=&lt;/b&gt; / &lt;b&gt;Ctrl+-&lt;/b&gt; zoom.</source>
        <translation>&lt;b&gt;Alt+Left&lt;/b&gt; / &lt;b&gt;Alt+Right&lt;/b&gt; — назад и вперёд; &lt;b&gt;Ctrl+=&lt;/b&gt; / &lt;b&gt;Ctrl+-&lt;/b&gt; — масштаб.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ctrl+Shift+C&lt;/b&gt; copies a citation of the paragraph you are reading.</source>
        <translation>&lt;b&gt;Ctrl+Shift+C&lt;/b&gt; копирует ссылку на источник для абзаца, который вы читаете.</translation>
    </message>
    <message>
        <source>&lt;b&gt;F6&lt;/b&gt; / &lt;b&gt;Shift+F6&lt;/b&gt; move between the panes; arrow keys move the reading position, &lt;b&gt;Tab&lt;/b&gt; and &lt;b&gt;Enter&lt;/b&gt; follow links.</source>
        <translation>&lt;b&gt;F6&lt;/b&gt; / &lt;b&gt;Shift+F6&lt;/b&gt; переключают панели; клавиши со стрелками перемещают позицию чтения, &lt;b&gt;Tab&lt;/b&gt; и &lt;b&gt;Enter&lt;/b&gt; переходят по ссылкам.</translation>
    </message>
    <message>
        <source>Add articles with &lt;b&gt;File → Import&lt;/b&gt; or by dropping files on the window.</source>
        <translation>Добавляйте статьи через &lt;b&gt;Файл → Импорт&lt;/b&gt; или перетаскивая файлы в окно.</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Чтение</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note:&lt;/b&gt; the source text ends mid-sentence; the article is incomplete.</source>
        <translation>&lt;b&gt;Примечание:&lt;/b&gt; исходный текст обрывается посреди предложения; статья неполная.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a title quoted in a citation</comment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <translation>абзац %1</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>автор: %1</translation>
    </message>
</context>
<context>
    <name>RebuildLibrary</name>
    <message>
        <source>Rebuild the library? Every article that can still be read is copied into a fresh file and indexed again; your own imports are kept, and the damaged file is kept beside it.</source>
        <translation>Перестроить библиотеку? Все статьи, которые ещё можно прочитать, будут скопированы в новый файл и проиндексированы заново; ваши собственные импортированные статьи сохранятся, а повреждённый файл останется рядом.</translation>
    </message>
    <message>
        <source>Rebuild the Library</source>
        <translation>Перестройка библиотеки</translation>
    </message>
    <message>
        <source>The library cannot be read: %1</source>
        <translation>Не удаётся прочитать библиотеку: %1</translation>
    </message>
    <message>
        <source>&amp;Rebuild</source>
        <translation>&amp;Перестроить</translation>
    </message>
    <message>
        <source>Rebuilding the library…</source>
        <translation>Перестройка библиотеки…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <source>Rebuilding the library… %1 of %Ln article(s) read</source>
        <translation>
            <numerusform>Перестройка библиотеки… прочитано %1 из %Ln статьи</numerusform>
            <numerusform>Перестройка библиотеки… прочитано %1 из %Ln статей</numerusform>
            <numerusform>Перестройка библиотеки… прочитано %1 из %Ln статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rebuilding the library… %Ln article(s) read</source>
        <translation>
            <numerusform>Перестройка библиотеки… прочитана %Ln статья</numerusform>
            <numerusform>Перестройка библиотеки… прочитано %Ln статьи</numerusform>
            <numerusform>Перестройка библиотеки… прочитано %Ln статей</numerusform>
        </translation>
    </message>
    <message>
        <source>The library could not be rebuilt</source>
        <translation>Не удалось перестроить библиотеку</translation>
    </message>
    <message>
        <source>The library was rebuilt</source>
        <translation>Библиотека перестроена</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>The library could not be restored: %1</source>
        <translation>Не удалось восстановить библиотеку: %1</translation>
    </message>
    <message>
        <source>The library was restored from %1.</source>
        <translation>Библиотека восстановлена из копии %1.</translation>
    </message>
    <message>
        <source>&amp;Rebuild the Library…</source>
        <translation>Перестроить &amp;библиотеку…</translation>
    </message>
    <message>
        <source>The library cannot be opened.</source>
        <translation>Не удаётся открыть библиотеку.</translation>
    </message>
</context>
<context>
    <name>SafeBrowser</name>
    <message>
        <source>%1, paragraph %2</source>
        <translation>%1, абзац %2</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <source>Type to search the library.</source>
        <translation>Начните вводить запрос, чтобы искать в библиотеке.</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Состояние поиска</translation>
    </message>
    <message>
        <source>Filter by source</source>
        <translation>Фильтр по источнику</translation>
    </message>
    <message>
        <source>Only show results from one source</source>
        <translation>Показывать результаты только из одного источника</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Все источники</translation>
    </message>
    <message>
        <source>Filter by topic</source>
        <translation>Фильтр по теме</translation>
    </message>
    <message>
        <source>Only show results about one topic</source>
        <translation>Показывать результаты только по одной теме</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Все темы</translation>
    </message>
    <message>
        <source>Filters in force</source>
        <translation>Действующие фильтры</translation>
    </message>
    <message>
        <source>✕ &amp;Show all</source>
        <translation>✕ Показ&amp;ать все</translation>
    </message>
    <message>
        <source>Clear the source, topic and date filters</source>
        <translation>Сбросить фильтры по источнику, теме и дате</translation>
    </message>
    <message>
        <source>Sort results</source>
        <translation>Порядок результатов</translation>
    </message>
    <message>
        <source>Best match first, or the newest articles first</source>
        <translation>Сначала самые подходящие или сначала самые новые статьи</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Самые подходящие</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Сначала новые</translation>
    </message>
    <message>
        <source>Results dated from</source>
        <translation>Результаты с даты</translation>
    </message>
    <message>
        <source>from year</source>
        <translation>с года</translation>
    </message>
    <message>
        <source>Results dated up to</source>
        <translation>Результаты до даты (включительно)</translation>
    </message>
    <message>
        <source>to year</source>
        <translation>до года</translation>
    </message>
    <message>
        <source>A year, month or day: 2024, 2024-10 or 2024-10-07</source>
        <translation>Год, месяц или день: 2024, 2024-10 или 2024-10-07</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>dated %1–%2</source>
        <translation>даты %1–%2</translation>
    </message>
    <message>
        <source>dated from %1</source>
        <translation>даты с %1</translation>
    </message>
    <message>
        <source>dated up to %1</source>
        <translation>даты по %1</translation>
    </message>
    <message>
        <source>Only: %1</source>
        <translation>Только: %1</translation>
    </message>
    <message>
        <source>%1, paragraph %2</source>
        <translation>%1, абзац %2</translation>
    </message>
    <message>
        <source>Use “%1” (↓ then Enter)</source>
        <translation>Искать «%1» (↓, затем Enter)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more in this article</source>
        <translation>
            <numerusform>ещё %Ln совпадение в статье</numerusform>
            <numerusform>ещё %Ln совпадения в статье</numerusform>
            <numerusform>ещё %Ln совпадений в статье</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about &lt;b&gt;%1&lt;/b&gt; article(s)</source>
        <translation>
            <numerusform>примерно &lt;b&gt;%1&lt;/b&gt; статья</numerusform>
            <numerusform>примерно &lt;b&gt;%1&lt;/b&gt; статьи</numerusform>
            <numerusform>примерно &lt;b&gt;%1&lt;/b&gt; статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; article(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; статья</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; статьи</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; статей</numerusform>
        </translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Возможно, вы имели в виду %1?</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>Libraries and collections (*%1 *.sqlite3 *.db);;All files (*)</source>
        <translation>Библиотеки и коллекции (*%1 *.sqlite3 *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Открыть библиотеку</translation>
    </message>
    <message>
        <source>My Library</source>
        <translation>Моя библиотека</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>статей: %1</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (только для чтения)</translation>
    </message>
    <message>
        <source>Read-only library %1: %2; not a collection, unsigned</source>
        <translation>Библиотека %1 только для чтения (%2); не коллекция, без подписи</translation>
    </message>
    <message>
        <source>ALTERED</source>
        <translation>ИЗМЕНЕНА</translation>
    </message>
    <message>
        <source>altered since it was built: %1 problem(s), see Help → Verify Library</source>
        <translation>изменена после сборки (найдено проблем: %1), см. «Справка → Проверить библиотеку»</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>подписано: %1</translation>
    </message>
    <message>
        <source>signed by %1 (key fingerprint %2)</source>
        <translation>подписано: %1 (отпечаток ключа %2)</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>без подписи</translation>
    </message>
    <message>
        <source>Collection %1 (read-only), %2, built %3: %4</source>
        <translation>Коллекция %1 (только для чтения), %2, собрана %3: %4</translation>
    </message>
    <message>
        <source>Library shown</source>
        <translation>Текущая библиотека</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Не удаётся открыть %1</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>undated</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>(date estimated from the text)</source>
        <translation>(дата определена по тексту)</translation>
    </message>
    <message>
        <source>Filter the library…</source>
        <translation>Фильтр библиотеки…</translation>
    </message>
    <message>
        <source>Filter the library</source>
        <translation>Фильтр библиотеки</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) from %1</source>
        <translation>
            <numerusform>%1: %Ln статья</numerusform>
            <numerusform>%1: %Ln статьи</numerusform>
            <numerusform>%1: %Ln статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln article(s): open its fact sheet</source>
        <translation>
            <numerusform>«%1» — %Ln статья: открыть справку</numerusform>
            <numerusform>«%1» — %Ln статьи: открыть справку</numerusform>
            <numerusform>«%1» — %Ln статей: открыть справку</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Timeline picture</source>
        <translation>Схема хронологии</translation>
    </message>
    <message>
        <source>No dated facts.</source>
        <translation>Нет датированных фактов.</translation>
    </message>
    <message>
        <source>date in the text</source>
        <translation>дата в тексте</translation>
    </message>
    <message>
        <source>year inferred</source>
        <translation>год выведен</translation>
    </message>
    <message>
        <source>inferred from an estimated date</source>
        <translation>выведено из приблизительной даты</translation>
    </message>
    <message>
        <source>decade</source>
        <translation>десятилетие</translation>
    </message>
    <message>
        <source>planned or expected</source>
        <translation>запланировано или ожидается</translation>
    </message>
    <message>
        <source>%1 (inferred, article date estimated)</source>
        <translation>%1 (выведено; дата статьи приблизительная)</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1 (выведено)</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>запланировано</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>приблизительно</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>выведено</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Timeline topic</source>
        <translation>Тема хронологии</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Все темы</translation>
    </message>
    <message>
        <source>Timeline list</source>
        <translation>Список хронологии</translation>
    </message>
    <message>
        <source>Gathering dated facts…</source>
        <translation>Собираем датированные факты…</translation>
    </message>
    <message numerus="yes">
        <source>%n dated fact(s)</source>
        <translation>
            <numerusform>%n датированный факт</numerusform>
            <numerusform>%n датированных факта</numerusform>
            <numerusform>%n датированных фактов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicEditor</name>
    <message>
        <source>Edit Topics</source>
        <translation>Редактор тем</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Новая тема</translation>
    </message>
    <message>
        <source>Articles the topic takes</source>
        <translation>Статьи, которые войдут в тему</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Keywords (comma-separated):</source>
        <translation>&amp;Ключевые слова (через запятую):</translation>
    </message>
    <message>
        <source>&amp;Required entities:</source>
        <translation>&amp;Обязательные упоминания:</translation>
    </message>
    <message>
        <source>&amp;Introduction:</source>
        <translation>&amp;Вступление:</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s):</source>
        <translation>
            <numerusform>Статьи (%n):</numerusform>
            <numerusform>Статьи (%n):</numerusform>
            <numerusform>Статьи (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>A topic needs a name and keywords.</source>
        <translation>У темы должны быть название и ключевые слова.</translation>
    </message>
    <message>
        <source>Topic saved: %1</source>
        <translation>Тема сохранена: %1</translation>
    </message>
</context>
<context>
    <name>VerifyLibrary</name>
    <message>
        <source>the library cannot be read: %1</source>
        <translation>библиотеку не удаётся прочитать: %1</translation>
    </message>
    <message>
        <source>the library cannot be checked: %1</source>
        <translation>библиотеку невозможно проверить: %1</translation>
    </message>
    <message>
        <source>Checking every article…</source>
        <translation>Проверяем каждую статью…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Verify Library</source>
        <translation>Проверка библиотеки</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Проверка прервана.</translation>
    </message>
    <message>
        <source>The library is sound</source>
        <translation>Библиотека в порядке</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) checked.</source>
        <translation>
            <numerusform>Проверена %Ln статья.</numerusform>
            <numerusform>Проверены %Ln статьи.</numerusform>
            <numerusform>Проверено %Ln статей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found</source>
        <translation>
            <numerusform>Найдена %Ln проблема</numerusform>
            <numerusform>Найдены %Ln проблемы</numerusform>
            <numerusform>Найдено %Ln проблем</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Verify Library…</source>
        <translation>&amp;Проверить библиотеку…</translation>
    </message>
</context>
<context>
    <name>WindowAccessibility</name>
    <message numerus="yes">
        <source>Fact sheet shown: %Ln fact(s).</source>
        <translation>
            <numerusform>Показана справка: %Ln факт.</numerusform>
            <numerusform>Показана справка: %Ln факта.</numerusform>
            <numerusform>Показана справка: %Ln фактов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Timeline shown: %Ln dated fact(s).</source>
        <translation>
            <numerusform>Показана хронология: %Ln датированный факт.</numerusform>
            <numerusform>Показана хронология: %Ln датированных факта.</numerusform>
            <numerusform>Показана хронология: %Ln датированных фактов.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Источник</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Фильтр по источнику</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>Topic filter</source>
        <translation>Фильтр по теме</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Timeline topic filter</source>
        <translation>Фильтр хронологии по теме</translation>
    </message>
    <message>
        <source>So&amp;rt</source>
        <translation>&amp;Упорядочить</translation>
    </message>
    <message>
        <source>Sort results</source>
        <translation>Порядок результатов</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Состояние поиска</translation>
    </message>
    <message>
        <source>Enter opens the selected result at its paragraph</source>
        <translation>Enter открывает выбранный результат на его абзаце</translation>
    </message>
    <message>
        <source>Results appear as you type. Shortcut: Ctrl+K</source>
        <translation>Результаты появляются по мере ввода. Сочетание клавиш: Ctrl+K</translation>
    </message>
    <message>
        <source>Hit position</source>
        <translation>Номер совпадения</translation>
    </message>
    <message>
        <source>Narrows the articles, topics and sources</source>
        <translation>Сужает списки статей, тем и источников</translation>
    </message>
    <message>
        <source>Library sections</source>
        <translation>Разделы библиотеки</translation>
    </message>
    <message>
        <source>Dated facts shown</source>
        <translation>Показано датированных фактов</translation>
    </message>
    <message>
        <source>A picture of the entries in the timeline list below</source>
        <translation>Схема событий из списка хронологии ниже</translation>
    </message>
    <message>
        <source>%1 choices</source>
        <translation>%1: варианты</translation>
    </message>
    <message>
        <source>Scroll the library sections</source>
        <translation>Прокрутить разделы библиотеки</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Панель инструментов</translation>
    </message>
    <message>
        <source>Shortcut: %1</source>
        <translation>Сочетание клавиш: %1</translation>
    </message>
    <message>
        <source>The article. Arrow keys move the reading position; Tab moves to links</source>
        <translation>Статья. Клавиши со стрелками перемещают позицию чтения; Tab переходит к ссылкам</translation>
    </message>
    <message>
        <source>The topic&apos;s facts; each citation is a link to its article</source>
        <translation>Факты по теме; каждая ссылка на источник ведёт к своей статье</translation>
    </message>
    <message>
        <source>Every dated fact, in order; each citation is a link</source>
        <translation>Все датированные факты по порядку; каждая ссылка на источник открывает статью</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>без даты</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln article(s) found for %1.</source>
        <translation>
            <numerusform>Найдена примерно %Ln статья по запросу %1.</numerusform>
            <numerusform>Найдено примерно %Ln статьи по запросу %1.</numerusform>
            <numerusform>Найдено примерно %Ln статей по запросу %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) found for %1.</source>
        <translation>
            <numerusform>Найдена %Ln статья по запросу %1.</numerusform>
            <numerusform>Найдено %Ln статьи по запросу %1.</numerusform>
            <numerusform>Найдено %Ln статей по запросу %1.</numerusform>
        </translation>
    </message>
    <message>
        <source> Did you mean %1? Down, then Enter, uses it.</source>
        <translation> Возможно, вы имели в виду %1? Стрелка вниз, затем Enter — искать так.</translation>
    </message>
    <message>
        <source>%1 of %2 hits</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>%1 pane</source>
        <translation>Панель: %1</translation>
    </message>
    <message>
        <source>Pane width %1 pixels</source>
        <translation>Ширина панели: %1 пикс.</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>&amp;Yellow</source>
        <translation>&amp;Жёлтым</translation>
    </message>
    <message>
        <source>&amp;Green</source>
        <translation>&amp;Зелёным</translation>
    </message>
    <message>
        <source>&amp;Blue</source>
        <translation>&amp;Голубым</translation>
    </message>
    <message>
        <source>&amp;Pink</source>
        <translation>&amp;Розовым</translation>
    </message>
    <message>
        <source>The paragraph changed since this was written.</source>
        <translation>Абзац изменился после того, как это было написано.</translation>
    </message>
    <message>
        <source>The paragraph this was written on is no longer in the article.</source>
        <translation>Абзаца, к которому это написано, больше нет в статье.</translation>
    </message>
    <message>
        <source>The article is no longer in the library.</source>
        <translation>Статьи больше нет в библиотеке.</translation>
    </message>
    <message>
        <source>&amp;Bookmark Paragraph</source>
        <translation>&amp;Закладка на абзац</translation>
    </message>
    <message>
        <source>Bookmark &amp;Article</source>
        <translation>Закладка на &amp;статью</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>&amp;Выделить цветом</translation>
    </message>
    <message>
        <source>Highlight in %1</source>
        <translation>Выделить: %1</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>&amp;Добавить заметку…</translation>
    </message>
    <message>
        <source>Briefing &amp;Pack…</source>
        <translation>&amp;Пакет к встрече…</translation>
    </message>
    <message>
        <source>&amp;Export Notes…</source>
        <translation>&amp;Экспорт заметок…</translation>
    </message>
    <message>
        <source>&amp;Import Notes…</source>
        <translation>&amp;Импорт заметок…</translation>
    </message>
    <message>
        <source>Boo&amp;kmarks</source>
        <translation>За&amp;кладки</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Заметки</translation>
    </message>
    <message>
        <source>Highlight &amp;Colour</source>
        <translation>&amp;Цвет выделения</translation>
    </message>
    <message>
        <source>Open an article first: marks are made in the reader.</source>
        <translation>Сначала откройте статью: отметки делаются в окне чтения.</translation>
    </message>
    <message>
        <source>Bookmarked paragraph %1</source>
        <translation>Закладка на абзац %1</translation>
    </message>
    <message>
        <source>Bookmarked the article</source>
        <translation>Закладка на статью</translation>
    </message>
    <message>
        <source>Select the words to highlight first.</source>
        <translation>Сначала выделите слова мышью.</translation>
    </message>
    <message>
        <source>Highlighted in paragraph %1</source>
        <translation>Выделено в абзаце %1</translation>
    </message>
    <message>
        <source>Note added to paragraph %1</source>
        <translation>Заметка добавлена к абзацу %1</translation>
    </message>
    <message>
        <source>Note added to the sheet</source>
        <translation>Заметка добавлена к справке</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Your note:</source>
        <translation>Ваша заметка:</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>В закладках</translation>
    </message>
    <message>
        <source>Your notes whose paragraph is gone</source>
        <translation>Ваши заметки к исчезнувшим абзацам</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Скопировано: %1</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>Экспорт заметок</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) written to %1</source>
        <translation>
            <numerusform>Записано отметок: %n — %1</numerusform>
            <numerusform>Записано отметок: %n — %1</numerusform>
            <numerusform>Записано отметок: %n — %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>Импорт заметок</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) added, %1 already there</source>
        <translation>
            <numerusform>Добавлено отметок: %n; уже были: %1</numerusform>
            <numerusform>Добавлено отметок: %n; уже были: %1</numerusform>
            <numerusform>Добавлено отметок: %n; уже были: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Закладки</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>(изменено)</translation>
    </message>
    <message>
        <source>Context menu</source>
        <translation>Контекстное меню</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Copy C&amp;itation</source>
        <translation>Копировать &amp;ссылку</translation>
    </message>
    <message>
        <source>&amp;Bookmark Article</source>
        <translation>&amp;Закладка на статью</translation>
    </message>
    <message>
        <source>&amp;Open Fact Sheet</source>
        <translation>&amp;Открыть справку</translation>
    </message>
    <message>
        <source>&amp;Show Its Articles</source>
        <translation>&amp;Показать её статьи</translation>
    </message>
    <message>
        <source>&amp;Edit Note…</source>
        <translation>&amp;Изменить заметку…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Add &amp;Note on This Line…</source>
        <translation>Добавить &amp;заметку к этой строке…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Open Cited Article</source>
        <translation>&amp;Открыть цитируемую статью</translation>
    </message>
    <message>
        <source>&amp;Bookmark Cited Paragraph</source>
        <translation>&amp;Закладка на цитируемый абзац</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Ваша заметка</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>Недавние поиски</translation>
    </message>
</context>
<context>
    <name>_Backend</name>
    <message>
        <source>Timeline: %1</source>
        <translation>Хронология: %1</translation>
    </message>
    <message>
        <source>Timeline of the library</source>
        <translation>Хронология библиотеки</translation>
    </message>
</context>
<context>
    <name>_Searcher</name>
    <message>
        <source>The search failed: %1</source>
        <translation>Поиск не удался: %1</translation>
    </message>
    <message>
        <source>The library cannot be searched: %1</source>
        <translation>Поиск по библиотеке невозможен: %1</translation>
    </message>
</context>
</TS>
