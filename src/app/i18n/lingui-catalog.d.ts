// Catalogs compiled by lingui-catalog-plugin.ts.
declare module '*?lingui' {
  import type { Messages } from '@lingui/core'

  const messages: Messages
  export default messages
}
