import type { ConnectorRecord } from './types.ts'

/**
 * The built-in connectors a European portal shows (region-filtered: no avito, olx, vk, ok,
 * wechat). Names as the Contact Center shows them, in en/ru/de.
 */
export const BUILTIN_CONNECTORS: readonly ConnectorRecord[] = [
  builtin('livechat', 'Live Chat', 'Онлайн-чат', 'Live-Chat'),
  builtin('telegrambot', 'Telegram', 'Telegram', 'Telegram'),
  builtin('whatsappbyedna', 'WhatsApp', 'WhatsApp', 'WhatsApp'),
  builtin('viber', 'Viber', 'Viber', 'Viber'),
  builtin('facebook', 'Facebook', 'Facebook', 'Facebook'),
  builtin(
    'facebookcomments',
    'Facebook: Comments',
    'Facebook: Комментарии',
    'Facebook: Kommentare',
  ),
  builtin('fbinstagramdirect', 'Instagram Direct', 'Instagram Direct', 'Instagram Direct'),
  builtin(
    'imessage',
    'Apple Messages for Business',
    'Apple Messages for Business',
    'Apple Messages for Business',
  ),
  builtin('network', 'Bitrix24.Network', 'Битрикс24.Network', 'Bitrix24.Network'),
  builtin(
    'notifications',
    'Bitrix24 CRM notifications',
    'Уведомления Битрикс24 CRM',
    'Bitrix24 CRM-Benachrichtigungen',
  ),
]

/** REST connectors registered by apps on the demo portal (names rarely translated). */
export const DEMO_REST_CONNECTORS: readonly ConnectorRecord[] = [
  { id: 'myshopchat', kind: 'rest', names: { en: 'Shop Chat', de: 'Shop-Chat' } },
  { id: 'helpdeskbridge', kind: 'rest', names: { en: 'Helpdesk Bridge' } },
  { id: 'smsgateway', kind: 'rest', names: { en: 'SMS Gateway', ru: 'SMS-шлюз' } },
]

function builtin(id: string, en: string, ru: string, de: string): ConnectorRecord {
  return { id, kind: 'builtin', names: { en, ru, de } }
}

/** The connector id as the server stores it: lower-cased and cut at the first dot. */
export function connectorRealId(value: string): string {
  const dot = value.indexOf('.')
  return (dot === -1 ? value : value.slice(0, dot)).toLowerCase()
}

export function localizedName(connector: ConnectorRecord, lang: string): string {
  return connector.names[lang.toLowerCase()] ?? connector.names.en ?? connector.id
}
