// Every boundary rule in eslint.config.js fires on a file that breaks it. Each probe is linted as if it sat at
// the path named, so a rule whose pattern stops matching (a renamed folder, a resolver that cannot find a
// file) fails here instead of letting imports leak silently.
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ ignore: false })

async function rulesFired(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message)
}

const probes: { name: string; path: string; code: string; rule: string }[] = [
  {
    name: 'domain importing the phone’s database',
    path: 'src/domain/probe.ts',
    code: "import { db } from '../app/db/db.ts'\nexport const probe = db\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    name: 'domain importing the server',
    path: 'src/domain/sync/probe.ts',
    code: "import { startServer } from '../../server/start-server.ts'\nexport const probe = startServer\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    name: 'domain importing a package other than zod',
    path: 'src/domain/probe.ts',
    code: "import { readFile } from 'node:fs/promises'\nexport const probe = readFile\n",
    rule: 'no-restricted-imports',
  },
  {
    name: 'domain reading the clock',
    path: 'src/domain/probe.ts',
    code: 'export const probe = Date.now()\n',
    rule: 'no-restricted-properties',
  },
  {
    name: 'a feature importing another feature',
    path: 'src/app/features/queue/probe.ts',
    code: "import { EnrolForm } from '../enrol/EnrolForm.tsx'\nexport const probe = EnrolForm\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    name: 'a feature reaching another feature through the app root',
    path: 'src/app/features/cash/probe.ts',
    code: "import { ReviewListScreen } from '../../features/review/ReviewListScreen.tsx'\nexport const probe = ReviewListScreen\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    name: 'the service worker importing the phone’s database',
    path: 'src/sw/probe.ts',
    code: "import { db } from '../app/db/db.ts'\nexport const probe = db\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    name: 'the service worker importing a screen',
    path: 'src/sw/probe.ts',
    code: "import { EnrolForm } from '../app/features/enrol/EnrolForm.tsx'\nexport const probe = EnrolForm\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    name: 'the app importing the server',
    path: 'src/app/ui/probe.ts',
    code: "import { startServer } from '../../server/start-server.ts'\nexport const probe = startServer\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    name: 'the server importing the app',
    path: 'src/server/probe.ts',
    code: "import { db } from '../app/db/db.ts'\nexport const probe = db\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    name: 'a citizen’s ID number in a console call',
    path: 'src/app/ui/probe.ts',
    code: 'export function probe(idNumber: string) {\n  console.log(idNumber)\n}\n',
    rule: 'no-restricted-syntax',
  },
  {
    name: 'a source file over 300 lines',
    path: 'src/app/ui/probe.ts',
    code: Array.from({ length: 301 }, (_, i) => `export const line${i} = ${i}`).join('\n') + '\n',
    rule: 'max-lines',
  },
]

describe('lint boundaries', () => {
  it.each(probes)('catches $name', async ({ path, code, rule }) => {
    expect(await rulesFired(path, code)).toContain(rule)
  })

  it('catches an import cycle', async () => {
    const [result] = await eslint.lintFiles(['test/lint/probes/cycle-a.ts'])
    expect(result?.messages.map((message) => message.ruleId)).toContain('import-x/no-cycle')
  })

  it('lets the allowed directions through', async () => {
    expect(
      await rulesFired(
        'src/sw/probe.ts',
        "import { SYNC_TAG } from '../app/sync/sw-messages.ts'\nexport const probe = SYNC_TAG\n",
      ),
    ).toEqual([])
    expect(
      await rulesFired(
        'src/app/features/queue/probe.ts',
        "import { db } from '../../db/db.ts'\nimport { formatVnd } from '../../../domain/format/format-vnd.ts'\nexport const probe = [db, formatVnd]\n",
      ),
    ).toEqual([])
  })
})
