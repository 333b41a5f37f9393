import { GhiDanhDb } from './schema.ts'

/** The device store. One instance per page (and one in the service worker when it syncs). */
export const db = new GhiDanhDb()
