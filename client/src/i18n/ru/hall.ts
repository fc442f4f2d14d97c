/** Russian text for the 3D hall and its 2D map. */
export const ruHall = {
  /** The 3D scene's own texts (signage, labels). */
  scene: {
    /** On the forum screens until their video arrives. */
    forum: 'Форум',
    /** On the floor at the entrance of the stand the visitor is near. */
    enter: 'Вход',
    /** The toggle over the hall for the sound of the video on the near stand's screen. */
    sound: 'Звук',
    soundOn: 'Включить звук видео стенда',
    soundOff: 'Выключить звук видео стенда',
    liveSoundOn: 'Включить звук вебинара стенда',
    liveSoundOff: 'Выключить звук вебинара стенда',
    /** The badge on a stand's screen while it shows the stand's webinar live. */
    live: 'ЭФИР',
    /** On the screen while the webinar is live but the host's camera is off. */
    liveOffCamera: 'Эфир — ведущий без камеры',
    /** The forum screens placed in the hall: the program of their stage, or what is next. */
    forumScreen: {
      live: 'ЭФИР',
      /** Above the next event's title on an idle screen; `when` is a date and time. */
      next: 'Далее · {{when}} мск',
      nothingNext: 'Трансляций на этой сцене больше не запланировано',
      /** The button over the hall while a screen plays a program. */
      sound: 'Звук форума',
      soundOn: 'Включить звук трансляции форума',
      soundOff: 'Выключить звук трансляции форума',
    },
  },
  /** The walkable hall: connection, controls, stand panel. */
  hall: {
    status: {
      idle: 'Не подключено',
      connecting: 'Подключаемся к павильону…',
      connected: 'В павильоне',
      reconnecting: 'Связь прервалась, восстанавливаем…',
      offline: 'Нет связи с павильоном',
    },
    problem: {
      network: 'Сервер павильона недоступен. Проверьте интернет — мы попробуем снова сами.',
      sessionRefused: 'Не удалось войти как гость. Обновите страницу.',
      hallNotFound: 'Такого павильона нет или он ещё не открыт. Выберите другой павильон.',
      misbehaving: 'Сервер отключил вас из-за слишком частых команд. Нажмите «Повторить».',
      tooManySessions: 'Слишком много входов с вашего адреса. Подождите минуту и повторите.',
      unknown: 'Что-то пошло не так при подключении. Нажмите «Повторить».',
    },
    population_one: '{{count}} посетитель',
    population_few: '{{count}} посетителя',
    population_many: '{{count}} посетителей',
    population_other: '{{count}} посетителя',
    atStand_one: 'у стенда {{count}} человек',
    atStand_few: 'у стенда {{count}} человека',
    atStand_many: 'у стенда {{count}} человек',
    atStand_other: 'у стенда {{count}} человека',
    you: 'Вы: {{name}}',
    rename: 'Сменить имя',
    nameLabel: 'Ваше имя в павильоне',
    saveName: 'Сохранить',
    cancel: 'Отмена',
    nameProblem: {
      invalid: 'Имя — от 1 до 40 символов в одну строку.',
      failed: 'Не удалось сменить имя. Попробуйте ещё раз.',
    },
    switcher: 'Павильоны',
    toggle2d: 'Режим 2D',
    no3d: 'Ваш браузер не может показать 3D-павильон, поэтому открыта карта. Всё остальное работает как обычно.',
    openMap: 'Карта павильона',
    loading3d: 'Загружаем 3D-павильон…',
    enter: 'Войти',
    standPanel: 'Стенд',
    leaveStand: 'Выйти со стенда',
    exhibitorPage: 'Страница экспонента',
    joystick: 'Джойстик: ведите пальцем, чтобы идти',
    help: 'WASD или стрелки — идти, щелчок по полу — идти туда, E или Enter — войти на стенд, Esc — выйти.',
    notice: {
      walkRefused: 'Туда не пройти: выберите место в проходе или стенд.',
      standOutOfReach: 'Подойдите ближе к входу на стенд.',
      notConnected: 'Нет связи с павильоном: аватар сдвинется, когда связь вернётся.',
    },
  },
  /** The 2D map twin. */
  map: {
    title: 'Карта павильона',
    label: 'Карта: {{hall}}',
    search: 'Поиск по стендам',
    screen: 'Экран форума',
    zoom: 'Масштаб',
    zoomIn: 'Приблизить',
    zoomOut: 'Отдалить',
    fit: 'Весь павильон',
    showIn3d: 'Показать в 3D',
    walkingTo: 'Идём к стенду «{{name}}».',
    noStands: 'В этом павильоне нет подходящих стендов.',
    matches_one: '{{count}} подходящий стенд',
    matches_few: '{{count}} подходящих стенда',
    matches_many: '{{count}} подходящих стендов',
    matches_other: '{{count}} подходящего стенда',
    allStands_one: '{{count}} стенд в павильоне',
    allStands_few: '{{count}} стенда в павильоне',
    allStands_many: '{{count}} стендов в павильоне',
    allStands_other: '{{count}} стенда в павильоне',
    inOtherHall_one: 'Ещё {{count}} — {{hall}}',
    inOtherHall_few: 'Ещё {{count}} — {{hall}}',
    inOtherHall_many: 'Ещё {{count}} — {{hall}}',
    inOtherHall_other: 'Ещё {{count}} — {{hall}}',
  },
};
