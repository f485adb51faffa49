import type { MethodHandler } from './context.ts'
import { appInfo } from './app.info.ts'
import { connectorActivate } from './imconnector.activate.ts'
import { connectorDataSet } from './imconnector.connector.data.set.ts'
import { connectorList } from './imconnector.list.ts'
import { connectorRegister } from './imconnector.register.ts'
import { connectorStatus } from './imconnector.status.ts'
import { connectorUnregister } from './imconnector.unregister.ts'
import { configGet } from './imopenlines.config.get.ts'
import { configListGet } from './imopenlines.config.list.get.ts'
import { profile } from './profile.ts'
import { serverTime } from './server.time.ts'

/** Every REST method the portal answers, by lower-case name (`batch` is handled apart). */
export const METHODS: ReadonlyMap<string, MethodHandler> = new Map<string, MethodHandler>([
  ['imopenlines.config.list.get', configListGet],
  ['imopenlines.config.get', configGet],
  ['imconnector.list', connectorList],
  ['imconnector.status', connectorStatus],
  ['imconnector.activate', connectorActivate],
  ['imconnector.connector.data.set', connectorDataSet],
  ['imconnector.register', connectorRegister],
  ['imconnector.unregister', connectorUnregister],
  ['server.time', serverTime],
  ['profile', profile],
  ['app.info', appInfo],
])
