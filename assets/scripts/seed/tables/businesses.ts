/**
 * Business exhibitors: invented but plausible EdTech companies, publishers, equipment makers and
 * service providers. `what` completes "<name> — …" in Russian and "<name> …" in English.
 */
import { parseTopicCodes, type TopicCode } from '../dictionaries.ts';

export interface BusinessFacts {
  readonly ru: string;
  readonly en: string;
  readonly slug: string;
  readonly topics: readonly TopicCode[];
  readonly what: { readonly ru: string; readonly en: string };
}

type Row = readonly [string, string, string, string, string, string];

// name ru, name en, slug, topics (first one decides the alley), what ru, what en
// prettier-ignore
const ROWS: readonly Row[] = [
  ['Училаб', 'UchiLab', 'uchilab', 'edtech school digital', 'платформа адаптивных заданий по математике и русскому языку для 1–11 классов', 'is an adaptive practice platform for maths and Russian for grades 1–11'],
  ['Кодиум', 'Codium', 'codium', 'edtech supplementary', 'онлайн-школа программирования для детей от 8 лет', 'is an online coding school for children aged 8 and up'],
  ['ЛингваСтарт', 'LinguaStart', 'linguastart', 'edtech school', 'сервис разговорной практики английского языка с преподавателями и голосовым тренажёром', 'offers spoken English practice with tutors and a voice trainer'],
  ['Экзаменатор', 'Examinator', 'examinator', 'edtech school', 'тренажёр подготовки к ОГЭ и ЕГЭ с разбором ошибок', 'is an exam-preparation trainer for the OGE and EGE state exams with error analysis'],
  ['Профтрек', 'ProfTrack', 'proftrack', 'edtech vocational higher', 'сервис профориентации с тестами, профессиональными пробами и встречами с работодателями', 'is a career guidance service with tests, job tasters and employer meetings'],
  ['Умная тетрадь', 'Smart Notebook', 'smartnotebook', 'edtech school', 'цифровая рабочая тетрадь с автоматической проверкой домашних заданий', 'is a digital workbook that checks homework automatically'],
  ['Формула роста', 'Growth Formula', 'growthformula', 'edtech teacher', 'платформа наставничества для молодых учителей', 'is a mentoring platform for early-career teachers'],
  ['Нейрокласс', 'NeuroClass', 'neuroclass', 'edtech digital', 'помощник учителя на основе искусственного интеллекта для подготовки уроков и проверки работ', 'is an AI teaching assistant for lesson planning and marking'],
  ['ГеоКвест', 'GeoQuest', 'geoquest', 'edtech supplementary upbringing', 'мобильные образовательные квесты по городам и музеям', 'makes mobile learning quests through cities and museums'],
  ['Идеаторий', 'Ideatorium', 'ideatorium', 'edtech school', 'платформа школьных проектов с трекером этапов и онлайн-защитой', 'is a school project platform with milestone tracking and online defences'],
  ['Сказкофон', 'Skazkofon', 'skazkofon', 'edtech preschool', 'приложение с аудиосказками и речевыми играми для дошкольников', 'is an app of audio tales and speech games for preschoolers'],
  ['Хронограф', 'Chronograph', 'chronograph', 'edtech school', 'интерактивные атласы и ленты времени по истории', 'makes interactive history atlases and timelines'],
  ['Физлаб Онлайн', 'PhysLab Online', 'physlab', 'edtech school digital', 'виртуальные лабораторные работы по физике и химии', 'offers virtual physics and chemistry labs'],
  ['СтартапЛифт', 'StartupLift', 'startuplift', 'edtech', 'акселератор образовательных стартапов', 'is an accelerator for education start-ups'],
  ['Школьный контур', 'School Circuit', 'schoolcircuit', 'digital school', 'электронный журнал и дневник с расписанием и чатами класса', 'is an electronic gradebook and diary with timetables and class chats'],
  ['Облако знаний', 'Knowledge Cloud', 'knowledgecloud', 'digital higher', 'облачная система дистанционного обучения для вузов и колледжей', 'is a cloud learning management system for universities and colleges'],
  ['ИнфоДоска', 'InfoBoard', 'infoboard', 'digital school', 'интерактивные панели и программы для совместной работы в классе', 'makes interactive panels and software for collaborative classroom work'],
  ['ЦифроШкола', 'DigiSchool', 'digischool', 'digital school', 'платформа управления школой: кадры, расписание, отчётность', 'is a school management platform for staff, timetables and reporting'],
  ['КиберЩит', 'CyberShield', 'cybershield', 'digital upbringing', 'контент-фильтрация и защита школьных сетей', 'provides content filtering and protection for school networks'],
  ['ВидеоУрок Про', 'VideoLesson Pro', 'videolessonpro', 'digital teacher', 'студия записи видеоуроков и сервис их публикации', 'is a video lesson recording studio and publishing service'],
  ['Матрица данных', 'DataMatrix Edu', 'datamatrix', 'digital school', 'аналитика образовательных результатов для школ и муниципалитетов', 'provides learning analytics for schools and municipalities'],
  ['Медиатека', 'Mediateka', 'mediateka', 'digital supplementary', 'электронная библиотека для школ с учебной и художественной литературой', 'is an e-library of textbooks and fiction for schools'],
  ['Сфера ИТ', 'Sfera IT', 'sferait', 'digital vocational', 'поставка и сопровождение ИТ-инфраструктуры образовательных организаций', 'supplies and supports IT infrastructure for educational organisations'],
  ['ГолосКласса', 'ClassVoice', 'classvoice', 'digital', 'платформа видеосвязи для уроков и родительских собраний', 'is a video-conferencing platform for lessons and parent meetings'],
  ['Точка доступа', 'Access Point', 'accesspoint', 'digital school', 'школьный Wi-Fi и системы контроля доступа', 'installs school Wi-Fi and access control systems'],
  ['Конструктор курсов', 'Course Builder', 'coursebuilder', 'digital teacher', 'сервис для создания интерактивных курсов без программирования', 'is a no-code service for building interactive courses'],
  ['Издательство «Книжный сад»', 'Knizhny Sad Publishing', 'knizhnysad', 'school preschool', 'учебники и рабочие тетради для начальной школы', 'publishes textbooks and workbooks for primary school'],
  ['Издательский дом «Азбука знаний»', 'Azbuka Znaniy Publishing House', 'azbukaznaniy', 'school', 'учебно-методические комплекты по русскому языку и литературе', 'publishes Russian language and literature course sets'],
  ['Издательство «Точные науки»', 'Exact Sciences Publishers', 'exactsciences', 'school digital', 'учебники по математике, физике и информатике с цифровыми приложениями', 'publishes maths, physics and computing textbooks with digital companions'],
  ['Глобус-Пресс', 'Globus Press', 'globuspress', 'school', 'атласы, контурные карты и наглядные пособия по географии', 'publishes atlases, outline maps and visual aids for geography'],
  ['Издательство «Словесник»', 'Slovesnik Publishers', 'slovesnik', 'school teacher', 'методические пособия и хрестоматии для учителей словесности', 'publishes teaching guides and readers for literature teachers'],
  ['Лингвокнига', 'Lingvokniga', 'lingvokniga', 'school', 'учебники иностранных языков с аудиокурсами', 'publishes foreign language textbooks with audio courses'],
  ['Школьная мебель Урала', 'Ural School Furniture', 'uralschoolfurniture', 'school', 'регулируемые парты и мебель для трансформируемых классов', 'makes adjustable desks and furniture for flexible classrooms'],
  ['Здоровое питание', 'Healthy Meals', 'healthymeals', 'school upbringing', 'организация школьного питания и уроки культуры питания', 'runs school catering and teaches healthy eating'],
  ['Спорт-Инвентарь', 'Sport Inventory', 'sportinventory', 'school', 'спортивное оборудование для школьных залов и площадок', 'makes sports equipment for school gyms and playgrounds'],
  ['Безопасная школа', 'Safe School Systems', 'safeschool', 'school', 'системы безопасности и видеонаблюдения для школ', 'installs security and CCTV systems for schools'],
  ['Развивайка', 'Razvivayka', 'razvivayka', 'preschool', 'развивающие игры и игрушки для детских садов', 'makes educational games and toys for kindergartens'],
  ['Детская планета', 'Kids’ Planet', 'kidsplanet', 'preschool inclusive', 'мебель и игровое оборудование для дошкольных групп', 'makes furniture and play equipment for preschool groups'],
  ['Сенсорика', 'Sensorika', 'sensorika', 'preschool inclusive', 'оборудование для сенсорных комнат', 'equips sensory rooms'],
  ['Первые шаги', 'First Steps', 'firststeps', 'preschool edtech', 'сервис наблюдения за развитием детей и связи с родителями', 'is a service for tracking child development and keeping in touch with parents'],
  ['Логоритм', 'Logorhythm', 'logorhythm', 'preschool inclusive', 'программы и пособия для логопедической работы', 'makes speech therapy programmes and aids'],
  ['Конструктория', 'Konstruktoriya', 'konstruktoriya', 'preschool supplementary', 'наборы конструкторов для STEM-занятий с дошкольниками', 'makes building kits for STEM sessions with preschoolers'],
  ['ПромТренажёр', 'PromTrainer', 'promtrainer', 'vocational digital', 'виртуальные тренажёры для рабочих профессий', 'makes virtual trainers for skilled trades'],
  ['Мастерская будущего', 'Future Workshop', 'futureworkshop', 'vocational', 'оборудование мастерских для колледжей: станки, сварочные посты, 3D-принтеры', 'equips college workshops with machine tools, welding stations and 3D printers'],
  ['Агрокласс', 'AgroClass', 'agroclass', 'vocational school', 'оборудование и программы агротехнологических классов', 'provides equipment and curricula for agritech classes'],
  ['МедСимулятор', 'MedSimulator', 'medsimulator', 'vocational higher', 'манекены и симуляторы для медицинских колледжей', 'makes mannequins and simulators for medical colleges'],
  ['Профстандарт', 'ProfStandard', 'profstandard', 'vocational teacher', 'подготовка к демонстрационному экзамену и оценка квалификаций', 'prepares students for the demonstration exam and assesses qualifications'],
  ['Кадровый резерв', 'Talent Pipeline', 'talentpipeline', 'vocational higher', 'сервис стажировок и трудоустройства выпускников', 'is an internship and graduate employment service'],
  ['Педагогический навигатор', 'Teacher Navigator', 'teachernavigator', 'teacher digital', 'каталог курсов повышения квалификации с индивидуальными траекториями', 'is a catalogue of professional development courses with personal tracks'],
  ['Методкабинет', 'Methodroom', 'methodroom', 'teacher', 'методическая поддержка и сообщества учителей-предметников', 'offers methodological support and subject teacher communities'],
  ['Аттестация.Онлайн', 'Certification Online', 'certification', 'teacher', 'подготовка учителей к аттестации и конкурсам профессионального мастерства', 'prepares teachers for certification and professional skills competitions'],
  ['Школа директоров', 'School for Principals', 'principals', 'teacher school', 'программы управленческой подготовки для директоров школ', 'runs leadership programmes for school principals'],
  ['Учительская', 'Staff Room', 'staffroom', 'teacher upbringing', 'медиа и подкасты для учителей', 'produces media and podcasts for teachers'],
  ['РобоМир', 'RoboWorld', 'roboworld', 'supplementary edtech', 'образовательные робототехнические наборы и соревнования', 'makes educational robotics kits and runs competitions'],
  ['Технопарк детства', 'Childhood Technopark', 'techpark', 'supplementary school', 'оснащение центров технического творчества', 'equips centres for children’s technical creativity'],
  ['Арт-студия «Палитра»', 'Palitra Art Studio', 'palitra', 'supplementary upbringing', 'сеть студий изобразительного искусства для детей и взрослых', 'is a network of art studios for children and adults'],
  ['Шахматная лига', 'Chess League', 'chessleague', 'supplementary', 'онлайн-школа шахмат и турниры для школьников', 'is an online chess school that runs tournaments for pupils'],
  ['Музыкальный класс', 'Music Class', 'musicclass', 'supplementary', 'цифровые музыкальные инструменты и курсы для школ искусств', 'provides digital instruments and courses for arts schools'],
  ['Взрослые знания', 'Adult Learning', 'adultlearning', 'supplementary digital', 'онлайн-курсы для взрослых: новые профессии и повышение квалификации', 'offers online courses for adults: new careers and upskilling'],
  ['Доступная среда', 'Accessible Environment', 'accessibleenv', 'inclusive school', 'оборудование безбарьерной среды для школ', 'makes barrier-free equipment for schools'],
  ['Говорящие руки', 'Speaking Hands', 'speakinghands', 'inclusive digital', 'сервис сурдоперевода и субтитров для уроков', 'provides sign language interpreting and captions for lessons'],
  ['Тифлотех', 'TifloTech', 'tiflotech', 'inclusive', 'устройства и программы для незрячих и слабовидящих учеников', 'makes devices and software for blind and partially sighted pupils'],
  ['Ресурсный класс', 'Resource Class', 'resourceclass', 'inclusive teacher', 'методики и обучение специалистов для ресурсных классов', 'develops methods and trains staff for resource classrooms'],
  ['Альтернативная коммуникация', 'AAC Tools', 'aactools', 'inclusive preschool', 'планшетные приложения альтернативной и дополнительной коммуникации', 'makes tablet apps for augmentative and alternative communication'],
  ['Юные краеведы', 'Young Local Historians', 'younghistorians', 'upbringing supplementary', 'экспедиции и проекты по изучению родного края', 'runs expeditions and projects that explore pupils’ home regions'],
  ['Лагерь «Горизонт»', 'Horizon Camp', 'horizoncamp', 'upbringing supplementary', 'профильные смены и летние лагеря', 'runs themed sessions and summer camps'],
  ['Добрые дела', 'Good Deeds', 'gooddeeds', 'upbringing', 'платформа школьного волонтёрства', 'is a school volunteering platform'],
  ['НаукаЛаб', 'NaukaLab', 'naukalab', 'higher vocational', 'лабораторное оборудование для вузов и инженерных классов', 'makes laboratory equipment for universities and engineering classes'],
  ['Научный поиск', 'Research Search', 'researchsearch', 'higher digital', 'сервис поиска научных публикаций и проверки оригинальности текстов', 'is a research literature search and originality checking service'],
  ['Кампус', 'Campus', 'campus', 'higher', 'мобильное приложение студенческого кампуса', 'is a student campus mobile app'],
];

export const BUSINESSES: readonly BusinessFacts[] = ROWS.map(
  ([ru, en, slug, topics, whatRu, whatEn]) => ({
    ru,
    en,
    slug,
    topics: parseTopicCodes(topics),
    what: { ru: whatRu, en: whatEn },
  }),
);
