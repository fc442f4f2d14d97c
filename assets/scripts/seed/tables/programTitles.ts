/**
 * MIEF University programmes, six per competency: title in Russian and English and the other
 * competencies the programme also develops (space-separated codes, possibly none).
 */
import type { CompetencyCode } from '../dictionaries.ts';

type Row = readonly [string, string, string];

// prettier-ignore
export const PROGRAM_TITLES: Readonly<Record<CompetencyCode, readonly Row[]>> = {
  subject: [
    ['Современный урок математики: от задачи к исследованию', 'The modern maths lesson: from problems to inquiry', 'projects literacy'],
    ['Методика преподавания русского языка по обновлённым ФГОС', 'Teaching Russian under the updated federal standards', 'assessment'],
    ['Смысловое чтение на уроках литературы', 'Reading for meaning in literature lessons', 'literacy'],
    ['Естественно-научный эксперимент в основной школе', 'Science experiments in lower secondary school', 'projects'],
    ['Преподавание истории с опорой на источники', 'Teaching history through primary sources', 'upbringing'],
    ['Английский язык: коммуникативная методика в начальной школе', 'English: communicative teaching in primary school', 'classroom'],
  ],
  upbringing: [
    ['Классный руководитель: программа воспитательной работы', 'The form tutor: planning character education', 'parents classroom'],
    ['Школьный музей как воспитательное пространство', 'The school museum as a space for character education', 'projects'],
    ['Организация детского самоуправления', 'Organising student self-government', 'classroom'],
    ['Воспитательный потенциал урока', 'The character-building potential of the lesson', 'subject'],
    ['Профилактика травли в школьном коллективе', 'Preventing bullying in the school community', 'development classroom'],
    ['Волонтёрские проекты со школьниками', 'Volunteering projects with pupils', 'projects'],
  ],
  development: [
    ['Психолого-педагогическое сопровождение учебной мотивации', 'Supporting pupils’ motivation to learn', 'classroom'],
    ['Развитие саморегуляции у младших школьников', 'Developing self-regulation in primary pupils', ''],
    ['Работа с тревожностью подростков', 'Working with teenage anxiety', 'parents'],
    ['Одарённость: выявление и развитие', 'Giftedness: identification and development', 'projects'],
    ['Развивающая среда в начальной школе', 'A developmental environment in primary school', 'subject'],
    ['Кризисная помощь в образовательной организации', 'Crisis support in schools', 'parents'],
  ],
  assessment: [
    ['Формирующее оценивание на уроке', 'Formative assessment in the classroom', 'classroom'],
    ['Критериальное оценивание и обратная связь', 'Criteria-based assessment and feedback', ''],
    ['Подготовка к ЕГЭ и ОГЭ: анализ результатов', 'Preparing for the state exams: analysing results', 'subject'],
    ['Оценка метапредметных результатов', 'Assessing cross-curricular outcomes', 'literacy'],
    ['Цифровое портфолио ученика', 'The pupil’s digital portfolio', 'digital'],
    ['Проектирование контрольно-измерительных материалов', 'Designing assessment materials', 'subject'],
  ],
  inclusive: [
    ['Инклюзивное образование: нормативная база и практика', 'Inclusive education: regulations and practice', ''],
    ['Адаптированная образовательная программа для обучающихся с ОВЗ', 'Adapted curricula for pupils with special educational needs', 'assessment'],
    ['Обучение детей с расстройствами аутистического спектра', 'Teaching children with autism spectrum disorders', 'development'],
    ['Тьютор в инклюзивном классе', 'The tutor in an inclusive classroom', 'classroom'],
    ['Ассистивные технологии на уроке', 'Assistive technologies in the lesson', 'digital'],
    ['Работа с детьми с нарушениями речи', 'Working with children with speech disorders', 'development'],
  ],
  digital: [
    ['Цифровые инструменты учителя', 'The teacher’s digital toolkit', ''],
    ['Искусственный интеллект в работе педагога', 'Artificial intelligence in the teacher’s work', 'assessment'],
    ['Смешанное обучение: модели и практика', 'Blended learning: models and practice', 'classroom'],
    ['Создание интерактивного онлайн-курса', 'Building an interactive online course', 'subject'],
    ['Цифровая безопасность школьников', 'Pupils’ online safety', 'upbringing parents'],
    ['Анализ образовательных данных для учителя', 'Learning analytics for teachers', 'assessment'],
  ],
  projects: [
    ['Проектная деятельность в основной школе', 'Project work in lower secondary school', ''],
    ['Индивидуальный проект старшеклассника: сопровождение', 'Supervising senior pupils’ individual projects', 'assessment'],
    ['Учебное исследование на уроках биологии и химии', 'Student research in biology and chemistry lessons', 'subject'],
    ['Инженерные проекты и робототехника', 'Engineering projects and robotics', 'digital career'],
    ['Кейс-метод в обучении', 'The case method in teaching', 'literacy'],
    ['Организация школьной научной конференции', 'Organising a school research conference', 'classroom'],
  ],
  parents: [
    ['Эффективное взаимодействие с родителями', 'Effective communication with parents', 'classroom'],
    ['Родительское собрание в новом формате', 'Parent meetings in a new format', ''],
    ['Конструктивный диалог с семьёй в конфликтных ситуациях', 'Constructive dialogue with families in conflict', 'classroom'],
    ['Семейное консультирование в детском саду', 'Family counselling in kindergartens', 'development'],
    ['Вовлечение родителей в жизнь школы', 'Involving parents in school life', 'upbringing'],
    ['Работа с семьями детей с ОВЗ', 'Working with families of children with special needs', 'inclusive'],
  ],
  classroom: [
    ['Управление классом: правила, рутины, дисциплина', 'Classroom management: rules, routines and discipline', ''],
    ['Коммуникативные навыки педагога', 'The teacher’s communication skills', 'parents'],
    ['Школьная медиация', 'Mediation at school', 'upbringing'],
    ['Работа в разновозрастных и разноуровневых классах', 'Teaching mixed-age and mixed-ability classes', 'subject'],
    ['Командная работа на уроке', 'Teamwork in the classroom', 'projects'],
    ['Профилактика эмоционального выгорания учителя', 'Preventing teacher burnout', 'development'],
  ],
  career: [
    ['Профориентация в школе: современные подходы', 'Career guidance at school: current approaches', ''],
    ['Профессиональные пробы для школьников', 'Job tasters for pupils', 'projects'],
    ['Навигатор профессий: ресурсы региона', 'Career navigator: the region’s resources', ''],
    ['Сопровождение профессионального самоопределения подростков', 'Supporting teenagers’ career choices', 'development'],
    ['Профориентация детей с ОВЗ', 'Career guidance for children with special needs', 'inclusive'],
    ['Школа и работодатель: совместные программы', 'School and employer: joint programmes', 'projects'],
  ],
  literacy: [
    ['Функциональная грамотность: читательская грамотность', 'Functional literacy: reading literacy', 'subject'],
    ['Математическая грамотность на уроках', 'Mathematical literacy in lessons', 'subject'],
    ['Естественно-научная грамотность', 'Scientific literacy', 'projects'],
    ['Финансовая грамотность в школе', 'Financial literacy at school', ''],
    ['Глобальные компетенции и креативное мышление', 'Global competence and creative thinking', 'projects'],
    ['Задания в формате международных исследований', 'Tasks in the style of international studies', 'assessment'],
  ],
};
