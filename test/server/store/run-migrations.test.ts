import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../../../src/server/store/db.ts'
import { openStore } from '../../../src/server/store/open-store.ts'
import { loadMigrations, runMigrations } from '../../../src/server/store/run-migrations.ts'

let db: Db
const url = process.env['TEST_DATABASE_URL']
const schema = `test_${randomBytes(6).toString('hex')}`

beforeAll(async () => {
  db = await openStore(url ? { kind: 'pg', url, schema } : { kind: 'pglite', dataDir: null })
})
afterAll(async () => {
  if (url) await db.query(`DROP SCHEMA "${schema}" CASCADE`)
  await db.close()
})

describe('migrations', () => {
  it('are numbered files applied in order and recorded', async () => {
    const files = await loadMigrations()
    expect(files[0]?.name).toBe('0001_init')
    expect(files.map((m) => m.version)).toEqual([...files.map((m) => m.version)].sort((a, b) => a - b))
    const rows = await db.query<{ version: number; name: string }>(
      'SELECT version, name FROM schema_migrations ORDER BY version',
    )
    expect(rows.map((r) => r.name)).toEqual(files.map((m) => m.name))
  })

  it('run again apply nothing', async () => {
    expect(await runMigrations(db)).toEqual([])
  })

  it('apply a new numbered migration once, and roll back a failing one whole', async () => {
    const extra = {
      version: 9001,
      name: '9001_probe',
      sql: 'CREATE TABLE probe (x int); INSERT INTO probe VALUES (1);',
    }
    expect(await runMigrations(db, [extra])).toEqual(['9001_probe'])
    expect(await runMigrations(db, [extra])).toEqual([])
    const broken = {
      version: 9002,
      name: '9002_broken',
      sql: 'CREATE TABLE probe2 (x int); SELECT no_such_function();',
    }
    await expect(runMigrations(db, [broken])).rejects.toThrow()
    const tables = await db.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'probe2'")
    expect(tables).toEqual([])
  })

  it('keep the audit log append-only', async () => {
    await db.query("INSERT INTO audit_log (at, action, entity) VALUES (now(), 'user.create', 'user')")
    await expect(db.query("UPDATE audit_log SET action = 'x'")).rejects.toThrow(/append-only/)
    await expect(db.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/)
  })

  it('roll a transaction back when its function throws', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.query("INSERT INTO teams (id, name) VALUES ('t-x', 'X')")
        throw new Error('stop')
      }),
    ).rejects.toThrow('stop')
    expect(await db.query("SELECT 1 FROM teams WHERE id = 't-x'")).toEqual([])
  })
})
