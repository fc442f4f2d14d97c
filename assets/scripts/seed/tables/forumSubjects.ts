/**
 * What forum events are about, per cluster: subjects (nominative, capitalised, usable both as a
 * title's head and in «quotes») and a few sentences about who speaks and why.
 */
import type { TopicCode } from '../dictionaries.ts';

type Pair = readonly [string, string];

// prettier-ignore
export const SUBJECTS: Readonly<Record<TopicCode, readonly Pair[]>> = {
  preschool: [
    ['Раннее развитие речи', 'Early speech development'], ['Игра как основа обучения', 'Play as the basis of learning'],
    ['Переход из детского сада в школу', 'The move from kindergarten to school'], ['Ясли и группы раннего возраста', 'Nurseries and groups for toddlers'],
    ['Детский сад и семья', 'The kindergarten and the family'], ['STEM-занятия для дошкольников', 'STEM activities for preschoolers'],
    ['Развивающая предметная среда', 'A developmental learning environment'], ['Здоровье и движение в детском саду', 'Health and movement in kindergarten'],
    ['Воспитатель нового поколения', 'The new generation of kindergarten teachers'], ['Финансовая грамотность для самых маленьких', 'Financial literacy for the youngest'],
    ['Ранняя помощь детям с особыми потребностями', 'Early intervention for children with special needs'], ['Чтение вслух и детская книга', 'Reading aloud and children’s books'],
    ['Наблюдение за развитием ребёнка без тестов', 'Observing child development without tests'], ['Частные детские сады', 'Private kindergartens'],
  ],
  school: [
    ['Функциональная грамотность школьников', 'Pupils’ functional literacy'], ['Обновлённые ФГОС на практике', 'The updated federal standards in practice'],
    ['Школа полного дня', 'The full-day school'], ['Сельская школа', 'The rural school'],
    ['Профильное обучение в старших классах', 'Specialised tracks in upper secondary school'], ['Подготовка к ЕГЭ без натаскивания', 'Preparing for the state exam without teaching to the test'],
    ['Домашние задания: сколько и зачем', 'Homework: how much and why'], ['Оценивание, которое помогает учиться', 'Assessment that helps pupils learn'],
    ['Школьные олимпиады', 'School olympiads'], ['Безопасность в школе', 'Safety at school'],
    ['Естественно-научное образование', 'Science education'], ['Школьное пространство', 'School spaces'],
    ['Малокомплектные школы', 'Small schools'], ['Управление школой', 'School leadership'],
    ['Математическое образование', 'Mathematics education'],
  ],
  vocational: [
    ['Колледжи и отраслевые кластеры', 'Colleges and industry clusters'], ['Демонстрационный экзамен', 'The demonstration exam'],
    ['Наставничество на производстве', 'Workplace mentoring'], ['Рабочие профессии глазами подростков', 'Skilled trades through teenagers’ eyes'],
    ['Колледж как центр компетенций', 'The college as a centre of expertise'], ['Дуальное обучение', 'Dual training'],
    ['Мастерские нового поколения', 'New-generation workshops'], ['Трудоустройство выпускников колледжей', 'Jobs for college graduates'],
    ['Преподаватели из реального сектора', 'Teachers from industry'], ['Чемпионаты профессионального мастерства', 'Professional skills championships'],
    ['СПО после девятого класса', 'Vocational education after ninth grade'], ['Цифровые тренажёры в колледже', 'Digital simulators in colleges'],
    ['Предпринимательство для студентов колледжей', 'Entrepreneurship for college students'], ['Кадры для агропромышленного комплекса', 'Talent for the agricultural sector'],
  ],
  higher: [
    ['Приёмная кампания', 'The admissions campaign'], ['Университет и регион', 'The university and its region'],
    ['Новая система высшего образования', 'The new system of higher education'], ['Студенческое предпринимательство', 'Student entrepreneurship'],
    ['Наука в университете', 'Research at the university'], ['Педагогическое образование', 'Teacher education'],
    ['Онлайн-курсы в вузе', 'Online courses at university'], ['Целевое обучение', 'Employer-sponsored study'],
    ['Иностранные студенты', 'International students'], ['Кампус как среда', 'The campus as an environment'],
    ['Вуз и школа: общие проекты', 'University and school: joint projects'], ['Карьерные центры университетов', 'University career centres'],
    ['Магистратура для работающих', 'Master’s programmes for working adults'], ['Инженерное образование', 'Engineering education'],
  ],
  supplementary: [
    ['Кружки и секции рядом с домом', 'Clubs and sports sections close to home'], ['Навигатор дополнительного образования', 'The supplementary education navigator'],
    ['Техническое творчество', 'Technical creativity'], ['Школы искусств', 'Arts schools'],
    ['Детский туризм и краеведение', 'Children’s tourism and local history'], ['Образование взрослых', 'Adult education'],
    ['Летние профильные смены', 'Summer themed sessions'], ['Сертификаты дополнительного образования', 'Supplementary education vouchers'],
    ['Одарённые дети', 'Gifted children'], ['Образование для старшего поколения', 'Learning for older people'],
    ['Музеи и библиотеки как площадки обучения', 'Museums and libraries as places of learning'], ['Спорт в дополнительном образовании', 'Sport in supplementary education'],
    ['Педагог дополнительного образования', 'The supplementary education teacher'], ['Онлайн-кружки', 'Online clubs'],
  ],
  digital: [
    ['Цифровая образовательная среда', 'The digital learning environment'], ['Искусственный интеллект в школе', 'Artificial intelligence at school'],
    ['Электронный журнал и цифровой профиль ученика', 'The electronic gradebook and the pupil’s digital profile'], ['Цифровая безопасность детей', 'Children’s online safety'],
    ['Смешанное обучение', 'Blended learning'], ['Цифровые учебники', 'Digital textbooks'],
    ['Данные в управлении образованием', 'Data in education management'], ['Школьная ИТ-инфраструктура', 'School IT infrastructure'],
    ['Дистанционное обучение в отдалённых районах', 'Distance learning in remote areas'], ['Цифровая гигиена и экранное время', 'Digital hygiene and screen time'],
    ['Виртуальные лаборатории', 'Virtual laboratories'], ['Отечественное программное обеспечение для школ', 'Russian-made software for schools'],
    ['Цифровые компетенции учителя', 'Teachers’ digital skills'], ['Открытые образовательные ресурсы', 'Open educational resources'],
  ],
  inclusive: [
    ['Инклюзивный класс', 'The inclusive classroom'], ['Тьюторское сопровождение', 'Tutor support'],
    ['Ресурсные классы', 'Resource classrooms'], ['Доступная среда в школе и колледже', 'Accessible schools and colleges'],
    ['Ранняя диагностика', 'Early assessment'], ['Профессиональное образование людей с инвалидностью', 'Vocational education for people with disabilities'],
    ['Семья особого ребёнка', 'The family of a child with special needs'], ['Ассистивные технологии', 'Assistive technologies'],
    ['Психолого-педагогический консилиум', 'The school support team'], ['Инклюзия в дополнительном образовании', 'Inclusion in supplementary education'],
    ['Одарённые дети с ОВЗ', 'Gifted children with special educational needs'], ['Трудоустройство выпускников с инвалидностью', 'Jobs for graduates with disabilities'],
    ['Подготовка учителей к инклюзии', 'Preparing teachers for inclusion'], ['Социальная адаптация подростков', 'Social adaptation of teenagers'],
  ],
  upbringing: [
    ['Воспитание в современной школе', 'Upbringing in today’s school'], ['Школьные музеи', 'School museums'],
    ['Детские и молодёжные движения', 'Children’s and youth movements'], ['Волонтёрство школьников', 'Pupil volunteering'],
    ['Классный руководитель сегодня', 'The form tutor today'], ['Школьное самоуправление', 'Student self-government'],
    ['Медиаграмотность и школьные медиа', 'Media literacy and school media'], ['Семейные ценности и школа', 'Family values and the school'],
    ['Профилактика травли', 'Preventing bullying'], ['Культурное наследие на уроках', 'Cultural heritage in lessons'],
    ['Школьный театр', 'School theatre'], ['Гражданское воспитание', 'Civic education'],
    ['Здоровый образ жизни', 'Healthy lifestyles'], ['Советники по воспитанию', 'Advisers on upbringing'],
  ],
  teacher: [
    ['Учитель будущего', 'The teacher of the future'], ['Наставничество в школе', 'Mentoring at school'],
    ['Молодые педагоги', 'Early-career teachers'], ['Профессиональное выгорание', 'Professional burnout'],
    ['Повышение квалификации: что работает', 'Professional development: what works'], ['Психолого-педагогические классы', 'Teacher-track classes at school'],
    ['Методические объединения', 'Subject teacher networks'], ['Конкурсы профессионального мастерства', 'Teaching excellence competitions'],
    ['Статус и зарплата учителя', 'Teachers’ status and pay'], ['Нагрузка учителя', 'Teachers’ workload'],
    ['Горизонтальное обучение педагогов', 'Peer learning among teachers'], ['Директор школы как лидер', 'The principal as a leader'],
    ['Учитель-исследователь', 'The teacher as researcher'], ['Педагогическое образование в колледже', 'Teacher training in colleges'],
  ],
  edtech: [
    ['EdTech-стартапы', 'EdTech start-ups'], ['Инвестиции в образовательные технологии', 'Investment in education technology'],
    ['Адаптивное обучение', 'Adaptive learning'], ['Школа как заказчик технологий', 'The school as a buyer of technology'],
    ['Доказательная эффективность EdTech', 'Evidence of EdTech effectiveness'], ['Геймификация в обучении', 'Gamification in learning'],
    ['Экспорт образовательных технологий', 'Exporting education technology'], ['Пилотирование решений в школах', 'Piloting solutions in schools'],
    ['Нейросети для учителя', 'Neural networks for teachers'], ['Корпоративное обучение', 'Corporate learning'],
    ['Образовательные платформы', 'Learning platforms'], ['Технологии для дошкольников', 'Technology for preschoolers'],
    ['Виртуальная и дополненная реальность', 'Virtual and augmented reality'], ['Акселераторы и гранты', 'Accelerators and grants'],
  ],
};

// prettier-ignore
export const CLUSTER_SENTENCES: Readonly<Record<TopicCode, readonly Pair[]>> = {
  preschool: [['Участники обсудят, как детские сады разных регионов решают эту задачу.', 'Participants will discuss how kindergartens in different regions tackle this.'], ['В центре разговора — ребёнок, семья и воспитатель.', 'The conversation centres on the child, the family and the kindergarten teacher.']],
  school: [['Директора и учителя расскажут о работающих решениях.', 'Principals and teachers will share solutions that work.'], ['Разговор о том, что меняется в школе и что остаётся неизменным.', 'A conversation about what is changing at school and what stays the same.']],
  vocational: [['Колледжи и работодатели покажут, как готовить кадры вместе.', 'Colleges and employers will show how they train people together.'], ['Речь пойдёт о профессиях, востребованных в регионах.', 'The focus is on the professions that the regions need.']],
  higher: [['Ректоры и эксперты обсудят роль университетов в развитии регионов.', 'Rectors and experts will discuss the role of universities in regional development.'], ['Участники сравнят подходы вузов из разных регионов.', 'Participants will compare the approaches of universities from different regions.']],
  supplementary: [['Речь пойдёт о кружках, студиях и программах для всех возрастов.', 'The session covers clubs, studios and programmes for all ages.'], ['Организаторы дополнительного образования поделятся опытом.', 'Providers of supplementary education will share their experience.']],
  digital: [['Эксперты обсудят, как технологии меняют повседневную работу школы.', 'Experts will discuss how technology changes everyday school life.'], ['Участники покажут работающие цифровые решения.', 'Participants will demonstrate digital solutions that work.']],
  inclusive: [['Речь пойдёт о том, как сделать обучение доступным для каждого ребёнка.', 'The session is about making learning accessible to every child.'], ['Специалисты и родители поделятся практиками сопровождения.', 'Specialists and parents will share support practices.']],
  upbringing: [['Участники обсудят, как школа, семья и общество воспитывают вместе.', 'Participants will discuss how school, family and community raise children together.'], ['Педагоги покажут проекты, которые увлекают подростков.', 'Teachers will present projects that engage teenagers.']],
  teacher: [['Разговор о профессии учителя и о том, что помогает в ней расти.', 'A conversation about the teaching profession and what helps teachers grow.'], ['Опытные педагоги поделятся своими находками.', 'Experienced teachers will share what they have discovered.']],
  edtech: [['Основатели компаний и заказчики обсудят, что нужно школам от технологий.', 'Founders and customers will discuss what schools need from technology.'], ['Стартапы покажут продукты и первые результаты.', 'Start-ups will present their products and first results.']],
};
