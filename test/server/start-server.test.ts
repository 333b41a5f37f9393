import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import zlib from 'node:zlib'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createLogger } from '../../src/server/create-logger.ts'
import { startServer, type RunningServer } from '../../src/server/start-server.ts'
import { precompress } from '../../scripts/precompress.ts'

const dist = mkdtempSync(join(tmpdir(), 'ghi-danh-dist-'))
const BIG_SCRIPT = Array.from({ length: 400 }, (_, i) => `export const v${i} = 'Ghi danh ${i}'`).join('\n')
let server: RunningServer

beforeAll(async () => {
  mkdirSync(join(dist, 'assets'))
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Ghi Danh</title>')
  writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {})')
  writeFileSync(join(dist, 'assets', 'index-B4x9_kQz.js'), 'console.log(1)')
  writeFileSync(join(dist, 'assets', 'big-C5y0_lRa.js'), BIG_SCRIPT)
  await precompress(dist)
  server = await startServer({
    port: 0,
    hostname: '127.0.0.1',
    dataDir: 'memory://',
    distDir: dist,
    demoData: true,
    logger: createLogger({ level: 'silent' }),
    now: () => new Date('2026-11-25T03:00:00Z'),
  })
})
afterAll(async () => {
  await server.close()
  rmSync(dist, { recursive: true, force: true })
})

describe('startServer', () => {
  it('serves the API and seeds the demo accounts, event and samples on an empty database', async () => {
    expect(await (await fetch(`${server.url}/api/health`)).json()).toEqual({ status: 'ok' })
    expect(server.seed).toMatchObject({ seeded: true, samples: 4 })
    const signIn = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'ghidanh-demo' }),
    })
    const { token } = (await signIn.json()) as { token: string }
    const list = await fetch(`${server.url}/api/registrations`, {
      headers: { Authorization: `Bearer ${token}` },
    })
    expect(((await list.json()) as { items: unknown[] }).items).toHaveLength(4)
  })

  it("works out the office tally's facts after the start, not in the first tally's request", async () => {
    await server.tallyFactsReady
    const [state] = await server.db.query<{ rules_fingerprint: string | null }>(
      'SELECT rules_fingerprint FROM tally_facts_state',
    )
    expect(state?.rules_fingerprint).toMatch(/^[0-9a-f]{64}$/u)
    const approved = await server.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM registrations WHERE review_status = 'approved' AND NOT voided`,
    )
    const facts = await server.db.query<{ n: number }>(
      'SELECT count(DISTINCT registration_id)::int AS n FROM tally_facts',
    )
    expect(facts[0]?.n).toBe(approved[0]?.n)
  })

  it('serves the app shell: no-cache for index.html and sw.js, immutable hashed assets, SPA fallback', async () => {
    const sw = await fetch(`${server.url}/sw.js`)
    expect(sw.headers.get('cache-control')).toBe('no-cache')
    const asset = await fetch(`${server.url}/assets/index-B4x9_kQz.js`)
    expect(asset.headers.get('cache-control')).toContain('immutable')
    const deep = await fetch(`${server.url}/review/some-id`)
    expect(deep.status).toBe(200)
    expect(deep.headers.get('cache-control')).toBe('no-cache')
    expect(await deep.text()).toContain('<title>Ghi Danh</title>')
    expect(deep.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect((await fetch(`${server.url}/assets/missing.js`)).status).toBe(404)
    const api404 = await fetch(`${server.url}/api/missing`)
    expect(api404.status).toBe(404)
    expect(api404.headers.get('content-type')).toContain('application/json')
  })
})

describe('compression', () => {
  const raw = (path: string, encoding: string) =>
    new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .get(`${server.url}${path}`, { headers: { 'Accept-Encoding': encoding } }, (res) => {
          const chunks: Buffer[] = []
          res.on('data', (b: Buffer) => chunks.push(b))
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }))
        })
        .on('error', reject)
    })

  it('static files come from the brotli or gzip copy the browser accepts, still immutable', async () => {
    const br = await raw('/assets/big-C5y0_lRa.js', 'gzip, deflate, br')
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers['cache-control']).toContain('immutable')
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(BIG_SCRIPT)
    expect(br.body.length).toBeLessThan(BIG_SCRIPT.length / 4)
    const gz = await raw('/assets/big-C5y0_lRa.js', 'gzip')
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(zlib.gunzipSync(gz.body).toString()).toBe(BIG_SCRIPT)
    const plain = await raw('/assets/big-C5y0_lRa.js', 'identity')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toBe(BIG_SCRIPT)
  })

  it('JSON answers are gzipped for a client that accepts it', async () => {
    const signIn = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'ghidanh-demo' }),
    })
    const { token } = (await signIn.json()) as { token: string }
    const answer = await new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>(
      (resolve, reject) => {
        http
          .get(
            `${server.url}/api/registrations`,
            { headers: { 'Accept-Encoding': 'gzip', Authorization: `Bearer ${token}` } },
            (res) => {
              const chunks: Buffer[] = []
              res.on('data', (b: Buffer) => chunks.push(b))
              res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }))
            },
          )
          .on('error', reject)
      },
    )
    expect(answer.headers['content-encoding']).toBe('gzip')
    expect(answer.headers['cache-control']).toBe('no-store')
    expect((JSON.parse(zlib.gunzipSync(answer.body).toString()) as { items: unknown[] }).items).toHaveLength(
      4,
    )
  })
})

describe('the tally facts kept up to date in the background', () => {
  it('works out, with no tally asked, the people whose approved history changed since', async () => {
    const kept = await startServer({
      port: 0,
      hostname: '127.0.0.1',
      dataDir: 'memory://',
      distDir: null,
      demoData: true,
      logger: createLogger({ level: 'silent' }),
      now: () => new Date('2026-11-25T03:00:00Z'),
      tallyFactsEveryMs: 20,
    })
    const count = async (sql: string) => (await kept.db.query<{ n: number }>(sql))[0]?.n
    try {
      await kept.tallyFactsReady
      // The demo's samples wait for review; a supervisor approves them (the triggers mark their people).
      // The marks are counted in the approval's own transaction: the refresh, every 20 ms, may take
      // them the moment it commits.
      const marked = await kept.db.transaction(async (tx) => {
        await tx.query("UPDATE registrations SET review_status = 'approved'")
        return (await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM tally_facts_stale'))[0]?.n
      })
      expect(marked).toBeGreaterThan(0)
      await vi.waitFor(
        async () => expect(await count('SELECT count(*)::int AS n FROM tally_facts_stale')).toBe(0),
        { timeout: 30_000, interval: 20 },
      )
      expect(await count('SELECT count(DISTINCT registration_id)::int AS n FROM tally_facts')).toBe(4)
    } finally {
      await kept.close()
    }
  })
})

describe('startServer without a built app', () => {
  it('warns and serves the API only', async () => {
    const lines: string[] = []
    const apiOnly = await startServer({
      port: 0,
      hostname: '127.0.0.1',
      dataDir: 'memory://',
      distDir: join(dist, 'not-built'),
      logger: createLogger({ destination: { write: (l: string) => void lines.push(l) } }),
    })
    try {
      expect(lines.join('')).toContain('serving the API only')
      expect((await fetch(`${apiOnly.url}/api/health`)).status).toBe(200)
      expect((await fetch(`${apiOnly.url}/`)).status).toBe(404)
    } finally {
      await apiOnly.close()
    }
  })
})

describe('main.ts', () => {
  it('prints the URL and the accounts table, and exits 0 on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ghi-danh-data-'))
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: { ...process.env, PORT: '0', DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    child.stdout.on('data', (b: Buffer) => (out += b.toString()))
    child.stderr.on('data', (b: Buffer) => (out += b.toString()))
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed:\n${out}`)), 45_000)
      child.stdout.on('data', () => {
        const m = /running at (http:\/\/\S+)/.exec(out)
        if (m?.[1]) {
          clearTimeout(timer)
          resolve(m[1])
        }
      })
    })
    expect(out).toMatch(/opening and migrating the database…[\s\S]*listening…/)
    expect(out).toMatch(/staff1\s+staff\s+team-a/)
    expect(out).toMatch(/super1\s+supervisor\s+team-a/)
    expect((await fetch(`${url}/api/health`)).status).toBe(200)
    const code = await new Promise<number | null>((resolve) => {
      child.on('exit', (c) => resolve(c))
      child.kill('SIGTERM')
    })
    expect(code).toBe(0)
    rmSync(dataDir, { recursive: true, force: true })
  })
})

describe('startServer over HTTPS', () => {
  it('serves the API with the given key and certificate', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ghi-danh-tls-'))
    const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')]
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=DNS:localhost',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    )
    const steps: string[] = []
    const tls = await startServer({
      port: 0,
      hostname: '127.0.0.1',
      dataDir: 'memory://',
      distDir: null,
      logger: createLogger({ level: 'silent' }),
      tls: { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') },
      onProgress: (step) => steps.push(step),
    })
    try {
      expect(tls.url).toMatch(/^https:\/\/localhost:\d+$/)
      expect(steps).toEqual(['opening and migrating the database', 'checking the demo accounts', 'listening'])
      const body = await new Promise<string>((resolve, reject) => {
        https
          .get(`${tls.url}/api/health`, { ca: readFileSync(cert) }, (res) => {
            let text = ''
            res.on('data', (b: Buffer) => (text += b.toString()))
            res.on('end', () => resolve(text))
          })
          .on('error', reject)
      })
      expect(JSON.parse(body)).toEqual({ status: 'ok' })
    } finally {
      await tls.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
