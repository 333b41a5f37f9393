// Management (supervisor, admin; online), lazily loaded by the shell with its own strings and stylesheet.
import './admin-strings.ts'
import './admin.css'

export { AdminScreen } from './AdminScreen.tsx'
