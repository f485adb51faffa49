import type { Catalogue } from './en'

// Spanish (Bitrix24 `la`): Bitrix24's own words — «Canales abiertos», «conectores»,
// «Centro de contacto».
export const es: Catalogue = {
  app: {
    title: 'Centralita de Canales abiertos',
    connecting: 'Conectando con su portal…',
  },
  crash: {
    title: 'Algo salió mal en la centralita',
    text: 'Este error no cambió nada. Vuelva a cargar la aplicación para continuar.',
    reload: 'Volver a cargar',
  },
  outside: {
    title: 'La Centralita de Canales abiertos funciona dentro de Bitrix24',
    intro:
      'Esta página es una aplicación para un portal de Bitrix24 y debe abrirse desde el portal, donde puede acceder a sus Canales abiertos.',
    install:
      'En su Bitrix24: instálela como aplicación local (Aplicaciones → Recursos para desarrolladores → Otros → Aplicación local) y ábrala desde el menú Aplicaciones.',
    tryBefore: 'Para probarla sin un portal: ejecute ',
    tryAfter:
      ' en el proyecto y abra el portal local que se indica (http://localhost:3000/ de forma predeterminada).',
    details: 'Detalles: {{reason}}',
  },
  installer: {
    title: 'Instalar la Centralita de Canales abiertos',
    intro:
      'La centralita muestra en una sola pantalla todos los Canales abiertos de este portal y todos los conectores — Telegram, WhatsApp, Chat en vivo, Viber y sus propios conectores REST —, indica con palabras si cada par está apagado, funcionando, sin terminar de configurar o con error, y activa o desactiva cualquiera de ellos con un clic.',
    allowedTitle: 'Qué podrá hacer la aplicación',
    scopeImopenlinesTitle: 'Canales abiertos',
    scopeImopenlinesText: 'leer sus Canales abiertos, sus nombres y si están activos.',
    scopeImconnectorTitle: 'Conectores de Canales abiertos',
    scopeImconnectorText:
      'leer el estado de cada conector en cada Canal abierto, y activar y desactivar conectores cuando usted lo pida.',
    noServer:
      'No tiene servidor propio: se ejecuta en su navegador y solo se comunica con este portal, con los permisos de la persona que la usa. Desactivar un conector elimina su configuración en ese Canal abierto, por eso la aplicación siempre pregunta antes.',
    finish: 'Finalizar la instalación',
    finishing: 'Finalizando la instalación…',
    slow: 'El portal aún no ha vuelto a abrir la aplicación. Si no ocurre nada, vuelva a cargar la página.',
    adminOnly:
      'Solo un administrador del portal puede finalizar la instalación. Pida a su administrador que abra esta aplicación una vez.',
    failed: 'No se pudo finalizar la instalación. {{message}}',
  },
  common: {
    errorCode: 'Código de error para el soporte: {{code}}',
    inactive: 'Inactivo',
    openChannels: 'Canales abiertos',
    unnamedLine: 'Canal abierto n.º {{id}}',
  },
  status: {
    off: 'Apagado',
    working: 'Funcionando',
    unconfigured: 'Configuración incompleta',
    error: 'Error',
    unknown: 'Desconocido',
    loading: 'Cargando…',
  },
  legend: {
    label: 'Qué significan los estados',
    working: 'activo y recibiendo mensajes',
    unconfigured: 'activo, pero la configuración nunca se terminó',
    error: 'activo, pero el canal informa de un error',
    off: 'no conectado a este Canal abierto',
  },
  toolbar: {
    restored: 'Se muestra lo que tenía el portal el {{date}} mientras se vuelve a leer',
    lines_one: '{{n}} Canal abierto',
    lines_many: '{{n}} de Canales abiertos',
    lines_other: '{{n}} Canales abiertos',
    on_one: '{{n}} conexión activa',
    on_many: '{{n}} de conexiones activas',
    on_other: '{{n}} conexiones activas',
    problems_one: '{{n}} requiere atención',
    problems_many: '{{n}} requieren atención',
    problems_other: '{{n}} requieren atención',
    progressLabel: 'Estados de conectores cargados',
    progressValue: '{{loaded}} de {{total}}',
    loaded: 'Cargados {{loaded}} de {{total}}',
    updated: 'Actualizado a las {{time}}',
    offlineLabel: 'Sin conexión',
    offline_one: 'Sin conexión: {{n}} cambio se enviará cuando vuelva la conexión.',
    offline_many: 'Sin conexión: {{n}} de cambios se enviarán cuando vuelva la conexión.',
    offline_other: 'Sin conexión: {{n}} cambios se enviarán cuando vuelva la conexión.',
    refresh: 'Actualizar',
    refreshing: 'Actualizando…',
  },
  grid: {
    label: 'Conectores de cada Canal abierto',
    corner: 'Canal abierto',
  },
  filters: {
    label: 'Búsqueda y filtros',
    search: 'Buscar Canales abiertos y conectores',
    problemsOnly: 'Solo con problemas',
    activeOnly: 'Solo Canales abiertos activos',
    inUseOnly: 'Solo conectores en uso',
    kind: 'Conectores',
    kindAll: 'Todos',
    kindRest: 'Solo REST',
    kindBuiltin: 'Solo integrados',
    shownLines_one: 'Filtrado: {{shown}} de {{n}} Canal abierto',
    shownLines_many: 'Filtrado: {{shown}} de {{n}} de Canales abiertos',
    shownLines_other: 'Filtrado: {{shown}} de {{n}} Canales abiertos',
    shownConnectors_one: '{{shown}} de {{n}} conector',
    shownConnectors_many: '{{shown}} de {{n}} de conectores',
    shownConnectors_other: '{{shown}} de {{n}} conectores',
    clear: 'Borrar filtros',
    noMatchTitle: 'Nada coincide con la búsqueda y los filtros',
    noMatchText:
      'Ningún Canal abierto ni conector cumple todas las condiciones. Cámbielas o bórrelas para ver toda la tabla.',
  },
  cell: {
    label: '{{connector}} en {{line}}',
    notOn: 'No se activó: ',
    notOff: 'No se desactivó: ',
    unreadable: 'No se pudo leer: {{message}}',
    retry: 'Reintentar',
    retryLabel: 'Reintentar {{label}}',
    dismiss: 'Descartar',
    dismissLabel: 'Descartar el mensaje de {{label}}',
    setup: 'Marcado como activo. El canal en sí se configura en el Centro de contacto.',
    setUp: 'Configurar',
    openSettingsLabel: 'Abrir la configuración de {{connector}} para {{line}}',
    failedOn: '{{label}} no se activó. {{message}}',
    failedOff: '{{label}} no se desactivó. {{message}}',
  },
  confirmOff: {
    title: '¿Desactivar {{connector}} en {{line}}?',
    text: 'Al desactivarlo, Bitrix24 elimina la configuración de este conector en el Canal abierto «{{line}}». Volver a activarlo no la recupera: habrá que configurar el canal de nuevo.',
    skip: 'No volver a preguntar hasta que cierre la aplicación',
    keep: 'Mantenerlo activo',
    confirm: 'Desactivar y eliminar la configuración',
  },
  activity: {
    open: 'Actividad',
  },
  screens: {
    loading: 'Cargando los Canales abiertos y sus conectores…',
    loadErrorTitle: 'No se pudieron cargar los Canales abiertos',
    tryAgain: 'Intentar de nuevo',
    refreshError: 'No se pudo actualizar la tabla; muestra lo que se leyó antes. {{message}}',
    refreshAgain: 'Actualizar de nuevo',
    noLinesTitle: 'Aún no hay Canales abiertos',
    noLinesText:
      'No tiene ningún Canal abierto cuyas comunicaciones se puedan configurar. Cree uno en el Centro de contacto (Canales abiertos → Crear) y vuelva aquí para conectar sus canales.',
    openContactCenter: 'Abrir el Centro de contacto',
    readOnly:
      'Puede ver los Canales abiertos pero no activar ni desactivar sus conectores: su cuenta no tiene el permiso «Conectar canales de comunicación». Pida a su administrador del portal que se lo conceda.',
  },
  bulk: {
    region: 'Cambio masivo',
    selectLine: 'Seleccionar todos los conectores de {{line}}',
    selectConnector: 'Seleccionar {{connector}} en todos los Canales abiertos mostrados',
    hint: 'Ctrl+clic o Mayús+clic selecciona celdas, Mayús+flechas un rango, Mayús+Espacio una línea entera, Ctrl+Espacio un conector entero.',
    selected_one: '{{n}} conexión seleccionada',
    selected_other: '{{n}} conexiones seleccionadas',
    selected_many: '{{n}} conexiones seleccionadas',
    turnOn: 'Activar',
    turnOff: 'Desactivar',
    clear: 'Quitar selección',
    progressLabel: 'Progreso del cambio masivo',
    progress: '{{done}} de {{total}} Canales abiertos',
    cancel: 'Cancelar',
    cancelling: 'Cancelando: lo enviado queda enviado…',
    finishedOn: 'Cambio masivo terminado: {{done}} de {{total}} activadas.',
    finishedOff: 'Cambio masivo terminado: {{done}} de {{total}} desactivadas.',
    cancelledOn:
      'Cambio masivo cancelado: {{done}} de {{total}} activadas, {{notSent}} sin enviar.',
    cancelledOff:
      'Cambio masivo cancelado: {{done}} de {{total}} desactivadas, {{notSent}} sin enviar.',
    skipped: 'Ya estaban así, omitidas: {{n}}.',
    failed: 'Fallidas: {{n}}.',
    failedListLabel: 'Conexiones que fallaron',
    retryFailed: 'Reintentar las fallidas',
    dismiss: 'Cerrar resumen',
    connections_one: '{{n}} conexión',
    connections_other: '{{n}} conexiones',
    connections_many: '{{n}} conexiones',
    confirmTitle: '¿Desactivar {{connections}}?',
    confirmText_one:
      'Bitrix24 borra la configuración de un conector en su Canal abierto al desactivarlo: {{n}} Canal abierto pierde configuración. Volver a activarlo no la recupera.',
    confirmText_other:
      'Bitrix24 borra la configuración de un conector en su Canal abierto al desactivarlo: {{n}} Canales abiertos pierden configuración. Volver a activarlos no la recupera.',
    confirmText_many:
      'Bitrix24 borra la configuración de un conector en su Canal abierto al desactivarlo: {{n}} Canales abiertos pierden configuración. Volver a activarlos no la recupera.',
    confirmSkipped: 'Ya desactivadas y omitidas: {{n}}.',
    confirm: 'Desactivar y borrar configuración',
    keep: 'Mantenerlas activas',
  },
  pause: {
    resumesAt:
      'El portal ha pausado estas solicitudes porque las anteriores tardaron demasiado. Se reanudarán a las {{time}}.',
  },
  errors: {
    QUERY_LIMIT_EXCEEDED:
      'El portal está recibiendo demasiadas solicitudes en este momento. Inténtelo de nuevo en unos segundos.',
    OVERLOAD_LIMIT:
      'El portal está sobrecargado y ha pausado las solicitudes. Inténtelo de nuevo en un minuto.',
    OPERATION_TIME_LIMIT:
      'El portal ha pausado estos cambios durante un tiempo (hasta 10 minutos) porque las solicitudes anteriores tardaron demasiado. Inténtelo de nuevo en unos 10 minutos.',
    EXPIRED_TOKEN:
      'Su sesión con el portal ha caducado. Vuelva a cargar la aplicación para iniciar sesión de nuevo.',
    INVALID_TOKEN:
      'El portal no aceptó esta sesión. Vuelva a cargar la aplicación para iniciar sesión de nuevo.',
    NO_AUTH_FOUND:
      'El portal no recibió un inicio de sesión válido. Vuelva a abrir la aplicación desde el portal.',
    JSSDK_FRAME_REFRESH_AUTH_TIMEOUT:
      'El portal no renovó su sesión a tiempo. Vuelva a cargar la aplicación para iniciar sesión de nuevo.',
    WRONG_AUTH_TYPE:
      'El portal solo permite este cambio desde una aplicación instalada. Abra la aplicación desde el menú Aplicaciones del portal.',
    ACCESS_DENIED:
      'No tiene permiso para conectar canales de comunicación. Pida a su administrador del portal que se lo conceda.',
    INSUFFICIENT_SCOPE:
      'La aplicación se instaló sin acceso a los Canales abiertos. Pida a su administrador del portal que la reinstale con los permisos «imopenlines» e «imconnector».',
    USER_ACCESS_ERROR: 'No tiene acceso a esta aplicación. Consulte a su administrador del portal.',
    PORTAL_DELETED: 'Este portal se ha cerrado.',
    ERROR_ARGUMENT:
      'El portal rechazó la solicitud por estar incompleta. Informe de esto al soporte.',
    INVALID_FORMAT: 'El portal rechazó el formato de la solicitud. Informe de esto al soporte.',
    ERROR_METHOD_NOT_FOUND:
      'Este portal no admite conectores de Canales abiertos a través de aplicaciones. Compruebe que el módulo Canales abiertos esté habilitado.',
    ERROR_BATCH_LENGTH_EXCEEDED:
      'La aplicación envió demasiados cambios a la vez. Informe de esto al soporte.',
    ERROR_BATCH_METHOD_NOT_ALLOWED:
      'El portal rechazó parte de una solicitud combinada. Informe de esto al soporte.',
    INVALID_REQUEST: 'El portal requiere una conexión segura (HTTPS).',
    INTERNAL_SERVER_ERROR:
      'El portal tuvo un error interno y no realizó el cambio. Inténtelo de nuevo.',
    ERROR_UNEXPECTED_ANSWER: 'El portal respondió de forma inesperada. Inténtelo de nuevo.',
    REQUEST_TIMEOUT:
      'El portal tardó demasiado en responder. Compruebe su conexión e inténtelo de nuevo.',
    NETWORK_ERROR:
      'No se pudo contactar con el portal. Compruebe su conexión e inténtelo de nuevo.',
    MALFORMED_RESPONSE:
      'El portal envió una respuesta que la aplicación no pudo leer. Inténtelo de nuevo.',
    fallbackServer: 'El portal tuvo un problema y no realizó el cambio. Inténtelo de nuevo.',
    fallbackClient: 'El portal rechazó la solicitud. Informe de esto al soporte.',
  },
}
