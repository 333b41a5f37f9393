import { describe, expect, it } from 'vitest'
import { parseDatabaseConfig } from '../../../src/server/store/database-config.ts'

describe('parseDatabaseConfig', () => {
  it('defaults to PGlite in ./data', () => {
    expect(parseDatabaseConfig({})).toEqual({ kind: 'pglite', dataDir: './data' })
  })
  it('uses DATA_DIR, and memory:// for a throwaway database', () => {
    expect(parseDatabaseConfig({ DATA_DIR: '/var/lib/ghi-danh' })).toEqual({
      kind: 'pglite',
      dataDir: '/var/lib/ghi-danh',
    })
    expect(parseDatabaseConfig({ DATA_DIR: 'memory://' })).toEqual({ kind: 'pglite', dataDir: null })
  })
  it('prefers DATABASE_URL over DATA_DIR; blank values count as unset', () => {
    expect(parseDatabaseConfig({ DATABASE_URL: 'postgres://u@h/db', DATA_DIR: './x' })).toEqual({
      kind: 'pg',
      url: 'postgres://u@h/db',
    })
    expect(parseDatabaseConfig({ DATABASE_URL: '  ', DATA_DIR: '' })).toEqual({
      kind: 'pglite',
      dataDir: './data',
    })
  })
})
