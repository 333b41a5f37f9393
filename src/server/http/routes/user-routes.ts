import { Hono } from 'hono'
import { passwordResetSchema, userCreateSchema, userPatchSchema } from '../../../domain/index.ts'
import { hashPassword } from '../../auth/password-hash.ts'
import { requireAuth } from '../../auth/require-auth.ts'
import { requireRole } from '../../auth/require-role.ts'
import { teamExists } from '../../store/event-store.ts'
import { createUser, findUser, listUsers, resetPassword, updateUser } from '../../store/user-store.ts'
import type { AppDeps, AppEnv } from '../app-env.ts'
import { HttpError } from '../http-error.ts'
import { readBody } from '../read-body.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const notFound = () => new HttpError(404, 'not_found', 'Không tìm thấy tài khoản')
const unknownTeam = () =>
  new HttpError(400, 'invalid_request', 'Dữ liệu không hợp lệ', {
    issues: [{ path: 'teamId', code: 'unknown_code', message: 'Không có tổ này' }],
  })

/** Accounts: an admin manages them all; a supervisor sees their own team. */
export function userRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()
  app.use('/users', requireAuth(deps))
  app.use('/users/*', requireAuth(deps))

  app.get('/users', requireRole('supervisor', 'admin'), async (c) => {
    const user = c.get('user')
    if (user.role === 'admin') return c.json(await listUsers(deps.db))
    return c.json(user.teamId === null ? [] : await listUsers(deps.db, user.teamId))
  })

  app.post('/users', requireRole('admin'), async (c) => {
    const { password, ...body } = await readBody(c, userCreateSchema)
    if (body.teamId && !(await teamExists(deps.db, body.teamId))) throw unknownTeam()
    const created = await createUser(
      deps.db,
      { ...body, passwordHash: await hashPassword(password) },
      c.get('user').id,
      deps.now(),
    )
    if (created === 'username_taken') {
      throw new HttpError(409, 'username_taken', 'Tên đăng nhập này đã có người dùng')
    }
    return c.json(created, 201)
  })

  app.patch('/users/:id', requireRole('admin'), async (c) => {
    const id = c.req.param('id')
    if (!UUID.test(id)) throw notFound()
    const body = await readBody(c, userPatchSchema)
    const me = c.get('user')
    // The last admin locking themselves out would leave nobody to undo it.
    if (id === me.id && (body.disabled === true || (body.role !== undefined && body.role !== 'admin'))) {
      throw new HttpError(
        409,
        'self_lockout',
        'Không thể tự khoá hoặc tự hạ quyền tài khoản quản trị của mình',
      )
    }
    if (body.teamId && !(await teamExists(deps.db, body.teamId))) throw unknownTeam()
    const current = await findUser(deps.db, id)
    if (!current) throw notFound()
    const role = body.role ?? current.role
    const teamId = body.teamId === undefined ? current.teamId : body.teamId
    if (role !== 'admin' && teamId === null) {
      throw new HttpError(400, 'invalid_request', 'Dữ liệu không hợp lệ', {
        issues: [{ path: 'teamId', code: 'required', message: 'Cán bộ thu và tổ trưởng phải thuộc một tổ' }],
      })
    }
    const updated = await updateUser(deps.db, id, body, me.id, deps.now())
    if (!updated) throw notFound()
    return c.json(updated)
  })

  app.post('/users/:id/password', requireRole('admin'), async (c) => {
    const id = c.req.param('id')
    if (!UUID.test(id)) throw notFound()
    const body = await readBody(c, passwordResetSchema)
    const done = await resetPassword(
      deps.db,
      id,
      await hashPassword(body.password),
      c.get('user').id,
      deps.now(),
    )
    if (!done) throw notFound()
    return c.body(null, 204)
  })
  return app
}
