/**
 * Common Arabic-script name words (given names, name particles, honorific name parts used across
 * the Arab world, Afghanistan, Pakistan and Iran) with the spelling English-language news uses.
 * Arabic print leaves out short vowels, so a letter table alone gives "Tmim Bn Hmd"; this table
 * gives "Tamim bin Hamad". It holds name WORDS, not people: a surname found here is a common
 * family or clan name (Qureshi, Khan), never one person's answer. Keys are as written (hamza
 * forms matter little: spellings are folded before lookup); a two-word key (عبد الله) is read
 * as one name word.
 *
 * Extending: add the word with its most common English-press spelling; where the press varies
 * (Mohammed / Mohammad / Muhammad) pick the most used one — Latin spellings found in the corpus
 * itself win over this table for words that are not particles.
 *
 * `arabic-name-to-en` (npm) was tried and not adopted: one 2021 release without tests, and its
 * spellings are not the press's (تميم بن حمد → "Tmaiam Bn Hamd", محمد → "Muhammad").
 */

/** Particles: lowercase in English names, and always taken from this table. */
export const ARABIC_NAME_PARTICLES: ReadonlyArray<readonly [string, string]> = [
  ['بن', 'bin'], ['ابن', 'ibn'], ['بنت', 'bint'], ['آل', 'Al'],
];

export const ARABIC_NAME_WORDS: ReadonlyArray<readonly [string, string]> = [
  // Compounds with عبد written as one word in English news.
  ['عبد الله', 'Abdullah'], ['عبدالله', 'Abdullah'], ['عبد الرحمن', 'Abdulrahman'], ['عبدالرحمن', 'Abdulrahman'],
  ['عبد العزيز', 'Abdulaziz'], ['عبدالعزيز', 'Abdulaziz'], ['عبد الرحيم', 'Abdul Rahim'], ['عبد الغني', 'Abdul Ghani'],
  ['عبدالغني', 'Abdul Ghani'], ['عبد الحميد', 'Abdul Hamid'], ['عبد الكريم', 'Abdul Karim'], ['عبد الرزاق', 'Abdul Razzaq'],
  ['عبد السلام', 'Abdul Salam'], ['عبد القادر', 'Abdul Qadir'], ['عبد القهار', 'Abdul Qahar'], ['عبد الملك', 'Abdul Malik'],
  ['عبد المجيد', 'Abdul Majeed'], ['عبد الفتاح', 'Abdel Fattah'], ['عبد اللطيف', 'Abdul Latif'], ['عبد الحكيم', 'Abdul Hakim'],
  ['عبد الباري', 'Abdul Bari'], ['عبد الواحد', 'Abdul Wahid'], ['عبد الجبار', 'Abduljabbar'], ['عبد', 'Abdul'],
  ['أبو', 'Abu'], ['ابو', 'Abu'],
  // Given names.
  ['محمد', 'Mohammed'], ['أحمد', 'Ahmed'], ['احمد', 'Ahmed'], ['محمود', 'Mahmood'], ['حامد', 'Hamid'], ['حميد', 'Hameed'],
  ['حمد', 'Hamad'], ['تميم', 'Tamim'], ['خالد', 'Khalid'], ['سلمان', 'Salman'], ['فيصل', 'Faisal'], ['فرحان', 'Farhan'],
  ['فهد', 'Fahad'], ['سعود', 'Saud'], ['سلطان', 'Sultan'], ['زايد', 'Zayed'], ['راشد', 'Rashid'], ['مكتوم', 'Maktoum'],
  ['نهيان', 'Nahyan'], ['ثاني', 'Thani'], ['جاسم', 'Jassim'], ['جبر', 'Jaber'], ['صباح', 'Sabah'], ['ناصر', 'Nasser'],
  ['علي', 'Ali'], ['حسن', 'Hasan'], ['حسين', 'Hussein'], ['عمر', 'Omar'], ['عثمان', 'Osman'], ['إبراهيم', 'Ibrahim'],
  ['ابراهيم', 'Ibrahim'], ['إسماعيل', 'Ismail'], ['يوسف', 'Yousef'], ['يعقوب', 'Yaqoob'], ['موسى', 'Musa'], ['عيسى', 'Isa'],
  ['يحيى', 'Yahya'], ['يونس', 'Younis'], ['إسحاق', 'Ishaq'], ['سليمان', 'Suleiman'], ['داود', 'Dawood'], ['آدم', 'Adam'],
  ['نوح', 'Nooh'], ['مصطفى', 'Mustafa'], ['مرتضى', 'Murtaza'], ['مجتبى', 'Mujtaba'], ['رضا', 'Reza'], ['جواد', 'Javad'],
  ['كاظم', 'Kazem'], ['جعفر', 'Jafar'], ['صادق', 'Sadiq'], ['باقر', 'Baqir'], ['مهدي', 'Mahdi'], ['هادي', 'Hadi'],
  ['كريم', 'Karim'], ['رحيم', 'Rahim'], ['رحمن', 'Rahman'], ['الرحمن', 'Rahman'], ['جميل', 'Jamil'], ['جمال', 'Jamal'],
  ['كمال', 'Kamal'], ['جلال', 'Jalal'], ['بلال', 'Bilal'], ['طارق', 'Tariq'], ['عمران', 'Imran'], ['عرفان', 'Irfan'],
  ['نعيم', 'Naeem'], ['نديم', 'Nadeem'], ['وسيم', 'Waseem'], ['شريف', 'Sharif'], ['شهباز', 'Shehbaz'], ['نواز', 'Nawaz'],
  ['شاه', 'Shah'], ['خان', 'Khan'], ['أمير', 'Amir'], ['امير', 'Amir'], ['أشرف', 'Ashraf'], ['اشرف', 'Ashraf'], ['غني', 'Ghani'],
  ['قريشي', 'Qureshi'], ['صديقي', 'Siddiqui'], ['حقاني', 'Haqqani'], ['يوسفزاي', 'Yousafzai'], ['زاده', 'Zadeh'],
  ['أكبر', 'Akbar'], ['اكبر', 'Akbar'], ['أصغر', 'Asghar'], ['أنور', 'Anwar'], ['انور', 'Anwar'], ['أسد', 'Asad'],
  ['أسعد', 'Asaad'], ['سعد', 'Saad'], ['سعيد', 'Saeed'], ['مسعود', 'Masoud'], ['محسن', 'Mohsen'], ['منصور', 'Mansoor'],
  ['نصر', 'Nasr'], ['نصير', 'Naseer'], ['بشير', 'Bashir'], ['نذير', 'Nazir'], ['ظاهر', 'Zahir'], ['ظهير', 'Zaheer'],
  ['شير', 'Sher'], ['عباس', 'Abbas'], ['قاسم', 'Qasim'], ['هاشم', 'Hashim'], ['عاصم', 'Asim'], ['حاتم', 'Hatem'],
  ['مجاهد', 'Mujahid'], ['ذبيح', 'Zabih'], ['ذبيح الله', 'Zabihullah'], ['سراج', 'Siraj'], ['سراج الدين', 'Sirajuddin'],
  ['نور', 'Noor'], ['نور الدين', 'Nooruddin'], ['صلاح', 'Salah'], ['صلاح الدين', 'Salahuddin'], ['شمس', 'Shams'],
  ['ضياء', 'Zia'], ['عزيز', 'Aziz'], ['مجيد', 'Majeed'], ['رشيد', 'Rashid'], ['وحيد', 'Waheed'], ['فريد', 'Farid'],
  ['سهيل', 'Suhail'], ['شاهين', 'Shaheen'], ['مولوي', 'Mawlawi'], ['ملا', 'Mullah'], ['الشيخ', 'Sheikh'], ['شيخ', 'Sheikh'],
  ['حافظ', 'Hafiz'], ['قاري', 'Qari'], ['خليل', 'Khalil'], ['خليفة', 'Khalifa'], ['وليد', 'Walid'], ['مازن', 'Mazen'],
  ['هشام', 'Hisham'], ['عادل', 'Adel'], ['عماد', 'Imad'], ['رامي', 'Rami'], ['سامي', 'Sami'], ['فؤاد', 'Fouad'],
  ['نبيل', 'Nabil'], ['أيمن', 'Ayman'], ['ايمن', 'Ayman'], ['حمزة', 'Hamza'], ['أسامة', 'Osama'], ['اسامة', 'Osama'],
  ['عائشة', 'Aisha'], ['فاطمة', 'Fatima'], ['مريم', 'Maryam'], ['زينب', 'Zainab'], ['خديجة', 'Khadija'], ['نسرين', 'Nasrin'],
  ['مولانا', 'Maulana'], ['عارف', 'Arif'], ['عالم', 'Alam'], ['إقبال', 'Iqbal'], ['اقبال', 'Iqbal'], ['شوكت', 'Shaukat'],
  ['حبيب', 'Habib'], ['سيف', 'Saif'], ['مطر', 'Matar'], ['سالم', 'Salem'], ['جابر', 'Jaber'],
  // More given names common across the Arab world, Afghanistan and Pakistan; words that are also
  // common in news (حازم firm, سليم sound, فلاح farmer, مطلق absolute, ولي guardian) are left out,
  // and so are those whose press spelling would take over a Hindi name of the same letters
  // (Devanagari readings look these up too: عمار Ammar for अमर Amar, سامر Samer for समर Samar).
  ['مبارك', 'Mubarak'], ['ماجد', 'Majed'], ['حمدان', 'Hamdan'], ['طلال', 'Talal'], ['بندر', 'Bandar'], ['نواف', 'Nawaf'],
  ['مشعل', 'Mishal'], ['ثامر', 'Thamer'], ['وائل', 'Wael'], ['هاني', 'Hani'], ['زياد', 'Ziad'], ['مروان', 'Marwan'],
  ['عمرو', 'Amr'], ['أنس', 'Anas'], ['انس', 'Anas'], ['معاذ', 'Muadh'], ['شكري', 'Shukri'], ['سامح', 'Sameh'],
  ['أكرم', 'Akram'], ['اكرم', 'Akram'], ['هيثم', 'Haitham'], ['غسان', 'Ghassan'], ['عدنان', 'Adnan'], ['مهند', 'Muhannad'],
  ['باسل', 'Basil'], ['نزار', 'Nizar'], ['قيس', 'Qais'], ['لؤي', 'Louay'], ['عصام', 'Issam'], ['شفيق', 'Shafiq'],
  ['حسني', 'Hosni'], ['معتز', 'Moataz'], ['ياسر', 'Yasser'], ['حيدر', 'Haider'],
  ['نبيه', 'Nabih'], ['وجيه', 'Wajih'], ['فايز', 'Fayez'], ['غازي', 'Ghazi'], ['صقر', 'Saqr'], ['عبيد', 'Obaid'],
  ['حمود', 'Hamoud'], ['إدريس', 'Idris'], ['ادريس', 'Idris'], ['أيوب', 'Ayoub'], ['ايوب', 'Ayoub'], ['لقمان', 'Luqman'],
  ['هارون', 'Haroon'], ['زكريا', 'Zakaria'], ['سفيان', 'Sufyan'], ['عاطف', 'Atef'], ['رحمت', 'Rahmat'],
  ['مير', 'Mir'], ['قدير', 'Qadeer'],
  // Pakistani and Afghan given names and surnames from Arabic and Persian words.
  ['افتخار', 'Iftikhar'], ['إفتخار', 'Iftikhar'], ['مشتاق', 'Mushtaq'], ['إحسان', 'Ehsan'], ['احسان', 'Ehsan'], ['اعجاز', 'Ejaz'],
  ['إعجاز', 'Ejaz'], ['امتياز', 'Imtiaz'], ['إمتياز', 'Imtiaz'], ['اختر', 'Akhtar'], ['أختر', 'Akhtar'], ['ظفر', 'Zafar'], ['بابر', 'Babar'],
  ['جنيد', 'Junaid'], ['فواد', 'Fawad'], ['فضل', 'Fazal'], ['فيض', 'Faiz'], ['امام', 'Imam'], ['إمام', 'Imam'],
  // نجيب is also a verb form ("we answer"), rare in news beside the name (نجيب ميقاتي, نجيب الله).
  ['نجيب', 'Najib'], ['نايف', 'Nayef'],
  // Women's given names of officials, envoys and bylines; those that are also common nouns in news
  // (أمل hope, نور light, إيمان faith, هدى, أميرة princess) are left out.
  ['فاطمة', 'Fatima'], ['زينب', 'Zainab'], ['مريم', 'Maryam'], ['عائشة', 'Aisha'], ['خديجة', 'Khadija'], ['سميرة', 'Samira'],
  ['نادية', 'Nadia'], ['دينا', 'Dina'], ['رانيا', 'Rania'], ['سلمى', 'Salma'], ['ليلى', 'Laila'], ['سارة', 'Sara'], ['لبنى', 'Lubna'],
  ['نوال', 'Nawal'], ['سعاد', 'Suad'], ['رشا', 'Rasha'], ['غادة', 'Ghada'], ['منى', 'Mona'], ['إلهام', 'Ilham'], ['الهام', 'Ilham'],
  ['هند', 'Hind'], ['نجلاء', 'Najla'], ['شيرين', 'Shireen'], ['ياسمين', 'Yasmine'],
  // Western given names whose Arabic spelling is also a rare word of the stop-word list (أيّان "when").
  ['إيان', 'Ian'], ['ايان', 'Ian'],
];

/**
 * Words spelled as names only where a name is already read (display.ts): inside the compound names
 * of arabic-compounds.ts (عبد الحق Abdul Haq, إنعام الله Inamullah, هبة الله Hibatullah, أبو الفتح
 * Abul Fath), as a Turkish given name (طيب Tayyib, Turkish Tayyip) or a Tajik one (إمام علي, Tajik
 * Emomali). Common words otherwise (الحق "the truth", الأمان "safety", الطيب "the good", إمام a
 * prayer leader): not name words for telling where a name ends.
 */
export const ARABIC_SPELLING_ONLY: ReadonlyArray<readonly [string, string]> = [
  ['حق', 'Haq'], ['إنعام', 'Inam'], ['انعام', 'Inam'], ['هبة', 'Hiba'], ['أمان', 'Aman'], ['امان', 'Aman'],
  ['عطاء', 'Ata'], ['طيب', 'Tayyib'], ['فتح', 'Fath'], ['إمام', 'Imam'], ['امام', 'Imam'],
];
