import { requireAppContext, type MethodContext } from './context.ts'

/** A local application of a European project-plan portal; webhooks have no app to describe. */
export function appInfo(context: MethodContext) {
  requireAppContext(context)
  const { app, session } = context.store.data
  return {
    ID: 7,
    CODE: 'local.openlinesswitchboard',
    VERSION: 1,
    STATUS: 'L',
    INSTALLED: app.installed,
    PAYMENT_EXPIRED: 'N',
    DAYS: null,
    LANGUAGE_ID: session.lang,
    LICENSE: 'eu_project',
    LICENSE_TYPE: 'project',
    LICENSE_FAMILY: 'project',
  }
}
