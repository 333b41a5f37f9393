// The PIN pad, drawn before React and the app's bundle have loaded. index.html runs this tiny module
// first: on a slow phone the bundle takes about half a second to evaluate, and the collector can start
// typing the PIN meanwhile. The digits wait here; the real lock screen takes them when it mounts
// (features/lock/early-pin.ts) and replaces this markup in the same task, so no tap falls in between.
// It is drawn only when the app left the hint that this phone is signed in and locked with a PIN
// (localStorage, the app's language: nothing about anyone). No imports: nothing else may load first.
// The strings repeat lock-vi.ts, lock-en.ts and the app's catalogs (a test keeps them equal).

interface EarlyPin {
  take(): string
}
declare global {
  interface Window {
    ghidanhEarlyPin?: EarlyPin
  }
}

export const LOCKED_HINT_KEY = 'ghidanh:locked'
const PIN_LENGTH = 6

export const earlyStrings = {
  vi: {
    name: 'Ghi Danh',
    online: 'Có mạng',
    offline: 'Mất mạng',
    title: 'Ứng dụng đang khoá',
    prompt: 'Nhập mã PIN 6 số để mở khoá',
    pin: 'Mã PIN',
    erase: 'Xoá',
    clear: 'Xoá hết',
  },
  en: {
    name: 'Ghi Danh',
    online: 'Online',
    offline: 'Offline',
    title: 'The app is locked',
    prompt: 'Enter your 6-digit PIN to unlock',
    pin: 'PIN',
    erase: 'Erase',
    clear: 'Clear',
  },
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag)
  for (const [name, value] of Object.entries(props)) if (value !== undefined) el.setAttribute(name, value)
  el.append(...children)
  return el
}

function drawEarlyPinPad(): void {
  let language: string | null
  try {
    language = localStorage.getItem(LOCKED_HINT_KEY)
  } catch {
    return
  }
  if (language !== 'vi' && language !== 'en') return
  const root = document.getElementById('root')
  if (!root || root.childElementCount > 0) return
  const s = earlyStrings[language]

  let digits = ''
  let taken = false
  const dots = Array.from({ length: PIN_LENGTH }, () => element('span', { class: 'dot' }))
  const dotsBox = element('div', { class: 'pin-dots', role: 'img' }, ...dots)
  const key = (label: string, extra: Record<string, string> = {}) =>
    element('button', { type: 'button', class: 'pin-key', ...extra }, label)
  const digitKeys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'].map((d) => {
    const button = key(d)
    button.addEventListener('click', () => press(d))
    return button
  })
  const clear = key(s.clear, { class: 'pin-key small' })
  const erase = key('⌫', { class: 'pin-key small', 'aria-label': s.erase })
  clear.addEventListener('click', () => change(''))
  erase.addEventListener('click', () => change(digits.slice(0, -1)))

  const change = (next: string) => {
    if (taken) return
    digits = next
    dots.forEach((dot, i) => (dot.className = i < digits.length ? 'dot filled' : 'dot'))
    dotsBox.setAttribute('aria-label', `${s.pin}: ${digits.length}/${PIN_LENGTH}`)
    clear.disabled = erase.disabled = digits === ''
  }
  const press = (digit: string) => {
    if (digits.length < PIN_LENGTH) change(digits + digit)
  }
  const onKey = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return
    if (/^\d$/.test(e.key)) press(e.key)
    else if (e.key === 'Backspace') change(digits.slice(0, -1))
  }
  window.addEventListener('keydown', onKey)
  change('')

  const online = navigator.onLine
  root.append(
    element(
      'header',
      { class: 'top-bar' },
      element('a', { href: '/', class: 'app-name' }, s.name),
      element(
        'span',
        { class: `net ${online ? 'online' : 'offline'}`, role: 'status' },
        online ? s.online : s.offline,
      ),
    ),
    element(
      'main',
      { class: 'screen lock-screen' },
      element('h1', {}, s.title),
      element('p', {}, s.prompt),
      element(
        'div',
        { class: 'pin-pad' },
        dotsBox,
        element('div', { class: 'pin-keys' }, ...digitKeys.slice(0, 9), clear, digitKeys[9] ?? '', erase),
      ),
      element('p', { role: 'status', 'aria-live': 'polite', class: 'muted' }),
    ),
  )
  window.ghidanhEarlyPin = {
    take() {
      taken = true
      window.removeEventListener('keydown', onKey)
      const typed = digits
      digits = ''
      return typed
    },
  }
  // After the frame that shows it, as the app's own screens and the bench's floor page do.
  requestAnimationFrame(() => root.setAttribute('data-ready', ''))
}

drawEarlyPinPad()
