import type { LineRecord } from './types.ts'

/**
 * The config fields Bitrix returns for a line (a realistic subset of its ~90), all strings as
 * the real portal sends them. Everything but ID, LINE_NAME, ACTIVE and DATE_MODIFY is
 * derived from the id, so answers are stable between calls.
 */
export function lineConfig(line: LineRecord): Record<string, string> {
  const n = Number.parseInt(line.ID, 10) || 0
  const yn = (on: boolean) => (on ? 'Y' : 'N')
  return {
    ID: line.ID,
    ACTIVE: line.ACTIVE,
    LINE_NAME: line.LINE_NAME,
    CRM: 'Y',
    CRM_CREATE: n % 2 === 0 ? 'lead' : 'deal',
    CRM_CREATE_SECOND: '',
    CRM_CREATE_THIRD: 'Y',
    CRM_FORWARD: 'Y',
    CRM_CHAT_TRACKER: 'N',
    CRM_TRANSFER_CHANGE: 'Y',
    CRM_SOURCE: 'create',
    QUEUE_TYPE: ['evenly', 'strictly', 'all'][n % 3] ?? 'evenly',
    QUEUE_TIME: '60',
    NO_ANSWER_TIME: '60',
    CHECK_AVAILABLE: 'Y',
    WATCH_TYPING: 'Y',
    WELCOME_BOT_ENABLE: 'N',
    WELCOME_MESSAGE: 'Y',
    WELCOME_MESSAGE_TEXT: 'Welcome! An agent will answer shortly.',
    VOTE_MESSAGE: 'Y',
    VOTE_TIME_LIMIT: '0',
    VOTE_BEFORE_FINISH: 'Y',
    VOTE_CLOSING_DELAY: 'N',
    VOTE_MESSAGE_1_TEXT: 'Please rate the quality of service.',
    VOTE_MESSAGE_1_LIKE: 'Thank you for your rating!',
    VOTE_MESSAGE_1_DISLIKE: 'We are sorry we could not help you.',
    VOTE_MESSAGE_2_TEXT: 'Please rate the quality of service.',
    VOTE_MESSAGE_2_LIKE: 'Thank you for your rating!',
    VOTE_MESSAGE_2_DISLIKE: 'We are sorry we could not help you.',
    AGREEMENT_MESSAGE: 'N',
    AGREEMENT_ID: '0',
    CATEGORY_ENABLE: 'N',
    CATEGORY_ID: '0',
    WELCOME_BOT_JOIN: 'always',
    WELCOME_BOT_ID: '0',
    WELCOME_BOT_TIME: '600',
    WELCOME_BOT_LEFT: 'queue',
    NO_ANSWER_RULE: 'none',
    NO_ANSWER_FORM_ID: '0',
    NO_ANSWER_BOT_ID: '0',
    NO_ANSWER_TEXT: 'Sorry, all our agents are busy. We will reply as soon as we can.',
    WORKTIME_ENABLE: yn(n % 4 === 0),
    WORKTIME_FROM: '9',
    WORKTIME_TO: '18.30',
    WORKTIME_TIMEZONE: 'Europe/Berlin',
    WORKTIME_DAYOFF_RULE: 'text',
    WORKTIME_DAYOFF_FORM_ID: '0',
    WORKTIME_DAYOFF_BOT_ID: '0',
    WORKTIME_DAYOFF_TEXT: 'We are closed now and will answer during business hours.',
    CLOSE_RULE: 'none',
    CLOSE_FORM_ID: '0',
    CLOSE_BOT_ID: '0',
    CLOSE_TEXT: 'Thank you for contacting us!',
    FULL_CLOSE_TIME: '10',
    AUTO_CLOSE_RULE: 'none',
    AUTO_CLOSE_FORM_ID: '0',
    AUTO_CLOSE_BOT_ID: '0',
    AUTO_CLOSE_TIME: '14400',
    AUTO_CLOSE_TEXT: '',
    AUTO_EXPIRE_TIME: '86400',
    DATE_CREATE: line.DATE_MODIFY,
    DATE_MODIFY: line.DATE_MODIFY,
    MODIFY_USER_ID: '1',
    TEMPORARY: 'N',
    XML_ID: '',
    LANGUAGE_ID: 'en',
    QUICK_ANSWERS_IBLOCK_ID: '0',
    SESSION_PRIORITY: '0',
    TYPE_MAX_CHAT: 'answered_new',
    MAX_CHAT: '0',
    OPERATOR_DATA: 'profile',
    KPI_FIRST_ANSWER_TIME: '0',
    KPI_FIRST_ANSWER_ALERT: 'N',
    KPI_FIRST_ANSWER_TEXT: '',
    KPI_FURTHER_ANSWER_TIME: '0',
    KPI_FURTHER_ANSWER_ALERT: 'N',
    KPI_FURTHER_ANSWER_TEXT: '',
    KPI_CHECK_OPERATOR_ACTIVITY: 'N',
    SEND_NOTIFICATION_EMPTY_QUEUE: 'N',
    USE_WELCOME_FORM: 'N',
    WELCOME_FORM_ID: '0',
    WELCOME_FORM_DELAY: 'Y',
    SEND_WELCOME_EACH_SESSION: 'N',
    CONFIRM_CLOSE: 'Y',
    IGNORE_WELCOME_FORM_RESPONSIBLE: 'N',
  }
}

/** OPTIONS.QUEUE / CONFIG_QUEUE extras: the session user is the whole queue. */
export function queueFields(userId: number, userName: string) {
  return {
    QUEUE: [userId],
    QUEUE_USERS_FIELDS: {
      [String(userId)]: {
        USER_NAME: userName,
        USER_WORK_POSITION: null,
        USER_AVATAR: '',
        USER_AVATAR_ID: null,
      },
    },
  }
}

export function configQueueField(userId: number) {
  return { CONFIG_QUEUE: [{ ENTITY_ID: String(userId), ENTITY_TYPE: 'user' }] }
}
