// The Activity panel's words, loaded with the panel (see activity-strings.ts), not in the
// first screen's bundle. Same keys in every language (catalogues.test.ts).

export const activity = {
  activity: {
    title: 'Activity',
    intro: 'Changes made from this app on this portal, in this browser.',
    close: 'Close',
    export: 'Export CSV',
    empty: 'No changes yet.',
    someone: 'User #{{id}}',
    turnedOn: 'off → on',
    turnedOff: 'on → off',
    done: 'Done',
    failed: 'Failed: {{message}}',
    skipped: 'Skipped: it already was',
    notSent: 'Not sent: the bulk change was cancelled',
    connectorOnLines_one: '{{connector}} on {{n}} line',
    connectorOnLines_other: '{{connector}} on {{n}} lines',
    connectorsOnLine_one: '{{n}} connector on {{line}}',
    connectorsOnLine_other: '{{n}} connectors on {{line}}',
    switches_one: '{{n}} switch',
    switches_other: '{{n}} switches',
    counts: '{{done}} done, {{failed}} failed, {{skipped}} skipped',
    undo: 'Undo',
    undoLabel: 'Undo {{what}}',
    undoing: 'Undoing…',
    undone: 'Undone',
    noUndo: 'No undo: turning it back on cannot restore the deleted settings.',
    undoTitle: 'Turn {{what}} off again?',
    undoText:
      'Bitrix24 deletes a connector’s settings on its Open Channel when it is turned off. Anything set up since it was turned on, such as a bot token, will have to be set up again.',
    undoTextSeveral:
      'Bitrix24 deletes connectors’ settings on their Open Channels when they are turned off. Anything set up since they were turned on, such as bot tokens, will have to be set up again.',
    undoKeep: 'Keep it on',
    undoKeepSeveral: 'Keep them on',
    csvTime: 'Time',
    csvUser: 'User',
    csvAction: 'Action',
    csvLine: 'Open Channel',
    csvConnector: 'Connector',
    csvResult: 'Result',
    csvCode: 'Error code',
    csvMessage: 'Message',
  },
}

export type ActivityCatalogue = { activity: { [key: string]: string } }
