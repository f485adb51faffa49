// English, the fallback language: every key the app uses, in the words the app has always
// shown. Other catalogues have the same keys (plural forms per language), checked by
// catalogues.test.ts.

export const en = {
  app: {
    title: 'Open Lines Switchboard',
    connecting: 'Connecting to your portal…',
  },
  crash: {
    title: 'Something went wrong in the switchboard',
    text: 'Nothing was changed by this error. Reload the app to continue.',
    reload: 'Reload',
  },
  outside: {
    title: 'Open Lines Switchboard runs inside Bitrix24',
    intro:
      'This page is an application for a Bitrix24 portal and has to be opened from the portal, where it can reach your Open Channels.',
    install:
      'In your Bitrix24: install it as a local application (Applications → Developer resources → Other → Local application) and open it from the Applications menu.',
    tryBefore: 'To try it without a portal: run ',
    tryAfter:
      ' in the project and open the local portal it prints (http://localhost:3000/ by default).',
    details: 'Details: {{reason}}',
  },
  installer: {
    title: 'Install Open Lines Switchboard',
    intro:
      'The switchboard shows every Open Channel of this portal and every connector on one screen — Telegram, WhatsApp, Live Chat, Viber and your own REST connectors — says in words whether each pair is off, working, not fully set up or failing, and switches any of them with one click.',
    allowedTitle: 'What the app will be allowed to do',
    scopeImopenlinesTitle: 'Open Channels',
    scopeImopenlinesText: 'read your Open Channels, their names and whether they are active.',
    scopeImconnectorTitle: 'Open Channel connectors',
    scopeImconnectorText:
      'read the state of every connector on every Open Channel, and switch connectors on and off when you ask it to.',
    noServer:
      'It has no server of its own: it runs in your browser and talks only to this portal, with the rights of the person using it. Switching a connector off deletes that connector’s settings on that Open Channel, so the app always asks first.',
    finish: 'Finish installation',
    finishing: 'Finishing the installation…',
    slow: 'The portal has not reopened the app yet. If nothing happens, reload the page.',
    adminOnly:
      'Only a portal administrator can finish the installation. Ask your administrator to open this app once.',
    failed: 'The installation could not be finished. {{message}}',
  },
  common: {
    errorCode: 'Error code for support: {{code}}',
    inactive: 'Inactive',
    openChannels: 'Open Channels',
    unnamedLine: 'Open Channel #{{id}}',
  },
  status: {
    off: 'Off',
    working: 'Working',
    unconfigured: 'Setup incomplete',
    error: 'Error',
    unknown: 'Unknown',
    loading: 'Loading…',
  },
  legend: {
    label: 'What the states mean',
    working: 'on and receiving messages',
    unconfigured: 'on, but the setup was never finished',
    error: 'on, but the channel reports an error',
    off: 'not connected to this Open Channel',
  },
  toolbar: {
    restored: 'Showing what the portal held on {{date}} while it is read again',
    lines_one: '{{n}} Open Channel',
    lines_other: '{{n}} Open Channels',
    on_one: '{{n}} connection on',
    on_other: '{{n}} connections on',
    problems_one: '{{n}} needs attention',
    problems_other: '{{n}} need attention',
    progressLabel: 'Connector states loaded',
    progressValue: '{{loaded}} of {{total}}',
    loaded: 'Loaded {{loaded}} of {{total}}',
    updated: 'Updated {{time}}',
    offlineLabel: 'Offline',
    offline_one: 'No connection: {{n}} change will be sent when the connection is back.',
    offline_other: 'No connection: {{n}} changes will be sent when the connection is back.',
    refresh: 'Refresh',
    refreshing: 'Refreshing…',
  },
  grid: {
    label: 'Connectors of every Open Channel',
    corner: 'Open Channel',
  },
  filters: {
    label: 'Search and filters',
    search: 'Search Open Channels and connectors',
    problemsOnly: 'Only with problems',
    activeOnly: 'Only active Open Channels',
    inUseOnly: 'Only connectors in use',
    kind: 'Connectors',
    kindAll: 'All',
    kindRest: 'REST only',
    kindBuiltin: 'Built-in only',
    shownLines_one: 'Filtered: {{shown}} of {{n}} Open Channel',
    shownLines_other: 'Filtered: {{shown}} of {{n}} Open Channels',
    shownConnectors_one: '{{shown}} of {{n}} connector',
    shownConnectors_other: '{{shown}} of {{n}} connectors',
    clear: 'Clear filters',
    noMatchTitle: 'Nothing matches the search and filters',
    noMatchText:
      'No Open Channel or connector meets all of them. Change them, or clear them to see the whole grid.',
  },
  cell: {
    label: '{{connector}} on {{line}}',
    notOn: 'Not switched on: ',
    notOff: 'Not switched off: ',
    unreadable: 'Could not be read: {{message}}',
    retry: 'Retry',
    retryLabel: 'Retry {{label}}',
    dismiss: 'Dismiss',
    dismissLabel: 'Dismiss the message for {{label}}',
    setup: 'Marked as active. The channel itself is set up in the Contact Center.',
    setUp: 'Set up',
    openSettingsLabel: 'Open {{connector}} settings for {{line}}',
    failedOn: '{{label}} was not switched on. {{message}}',
    failedOff: '{{label}} was not switched off. {{message}}',
  },
  confirmOff: {
    title: 'Turn off {{connector}} on {{line}}?',
    text: 'Bitrix24 deletes this connector’s settings on the “{{line}}” Open Channel when it is turned off. Turning it back on does not bring them back: the channel will have to be set up again.',
    skip: 'Don’t ask again until I close the app',
    keep: 'Keep it on',
    confirm: 'Turn off and delete settings',
  },
  activity: {
    open: 'Activity',
  },
  screens: {
    loading: 'Loading Open Channels and their connectors…',
    loadErrorTitle: 'The Open Channels could not be loaded',
    tryAgain: 'Try again',
    refreshError: 'The grid could not be refreshed and shows what was read before. {{message}}',
    refreshAgain: 'Refresh again',
    noLinesTitle: 'No Open Channels yet',
    noLinesText:
      'You don’t have any Open Channel whose communications can be configured. Create one in the Contact Center (Open Channels → Create), then come back here to connect its channels.',
    openContactCenter: 'Open the Contact Center',
    readOnly:
      'You can see the Open Channels but not switch their connectors: your account lacks the “Connect communication channels” permission. Ask your portal administrator to grant it.',
  },
  bulk: {
    region: 'Bulk change',
    selectLine: 'Select every connector of {{line}}',
    selectConnector: 'Select {{connector}} on every Open Channel shown',
    hint: 'Ctrl+click or Shift+click picks cells, Shift+arrows a range, Shift+Space a whole line, Ctrl+Space a whole connector.',
    selected_one: '{{n}} connection selected',
    selected_other: '{{n}} connections selected',
    turnOn: 'Turn on',
    turnOff: 'Turn off',
    clear: 'Clear selection',
    progressLabel: 'Bulk change progress',
    progress: '{{done}} of {{total}} Open Channels',
    cancel: 'Cancel',
    cancelling: 'Cancelling: what was sent stays sent…',
    finishedOn: 'Bulk change finished: turned on {{done}} of {{total}}.',
    finishedOff: 'Bulk change finished: turned off {{done}} of {{total}}.',
    cancelledOn: 'Bulk change cancelled: turned on {{done}} of {{total}}, {{notSent}} not sent.',
    cancelledOff: 'Bulk change cancelled: turned off {{done}} of {{total}}, {{notSent}} not sent.',
    skipped: 'Already as wanted, skipped: {{n}}.',
    failed: 'Failed: {{n}}.',
    failedListLabel: 'Connections that failed',
    retryFailed: 'Retry failed',
    dismiss: 'Close summary',
    connections_one: '{{n}} connection',
    connections_other: '{{n}} connections',
    confirmTitle: 'Turn off {{connections}}?',
    confirmText_one:
      'Bitrix24 deletes a connector’s settings on its Open Channel when it is turned off: {{n}} Open Channel loses settings. Turning a connector back on does not bring them back.',
    confirmText_other:
      'Bitrix24 deletes a connector’s settings on its Open Channel when it is turned off: {{n}} Open Channels lose settings. Turning a connector back on does not bring them back.',
    confirmSkipped: 'Already off and skipped: {{n}}.',
    confirm: 'Turn off and delete settings',
    keep: 'Keep them on',
  },
  pause: {
    resumesAt:
      'The portal has paused these requests because earlier ones took too long. They resume at {{time}}.',
  },
  errors: {
    QUERY_LIMIT_EXCEEDED:
      'The portal is receiving too many requests right now. Try again in a few seconds.',
    OVERLOAD_LIMIT: 'The portal is overloaded and has paused requests. Try again in a minute.',
    OPERATION_TIME_LIMIT:
      'The portal has paused these changes for a while (up to 10 minutes) because earlier requests took too long. Try again in about 10 minutes.',
    EXPIRED_TOKEN: 'Your session with the portal has expired. Reload the app to sign in again.',
    INVALID_TOKEN: 'The portal did not accept this session. Reload the app to sign in again.',
    NO_AUTH_FOUND: 'The portal did not receive a valid sign-in. Reload the app from the portal.',
    JSSDK_FRAME_REFRESH_AUTH_TIMEOUT:
      'The portal did not renew your session in time. Reload the app to sign in again.',
    WRONG_AUTH_TYPE:
      'The portal only allows this change from an installed application. Open the app from the portal’s Applications menu.',
    ACCESS_DENIED:
      'You do not have the right to connect communication channels. Ask your portal administrator to grant it.',
    INSUFFICIENT_SCOPE:
      'The app was installed without access to Open Channels. Ask your portal administrator to reinstall it with the “imopenlines” and “imconnector” permissions.',
    USER_ACCESS_ERROR: 'You do not have access to this application. Ask your portal administrator.',
    PORTAL_DELETED: 'This portal has been closed.',
    ERROR_ARGUMENT: 'The portal rejected the request as incomplete. Please report this to support.',
    INVALID_FORMAT: 'The portal rejected the request format. Please report this to support.',
    ERROR_METHOD_NOT_FOUND:
      'This portal does not support Open Channel connectors through apps. Check that the Open Channels module is enabled.',
    ERROR_BATCH_LENGTH_EXCEEDED:
      'The app sent too many changes at once. Please report this to support.',
    ERROR_BATCH_METHOD_NOT_ALLOWED:
      'The portal refused part of a combined request. Please report this to support.',
    INVALID_REQUEST: 'The portal requires a secure (HTTPS) connection.',
    INTERNAL_SERVER_ERROR:
      'The portal had an internal error and did not make the change. Try again.',
    ERROR_UNEXPECTED_ANSWER: 'The portal answered unexpectedly. Try again.',
    REQUEST_TIMEOUT: 'The portal took too long to answer. Check your connection and try again.',
    NETWORK_ERROR: 'The portal could not be reached. Check your connection and try again.',
    MALFORMED_RESPONSE: 'The portal sent an answer the app could not read. Try again.',
    fallbackServer: 'The portal had a problem and did not make the change. Try again.',
    fallbackClient: 'The portal refused the request. Please report this to support.',
  },
}

/** The shape every catalogue has; plural keys may differ per language (see catalogues.test.ts). */
export type Catalogue = { [section: string]: { [key: string]: string } }
