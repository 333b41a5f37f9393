// /login while a session exists: only when the server refused the token. Otherwise there is nothing to do.
import { Redirect } from 'wouter'
import { useSyncStatus } from '../../sync/use-sync-status.ts'
import { LoginScreen } from './LoginScreen.tsx'

export function SignInAgain({ username }: { username: string }) {
  const status = useSyncStatus()
  if (!status.needsSignIn) return <Redirect to="/" replace />
  return <LoginScreen sameUser={username} />
}
