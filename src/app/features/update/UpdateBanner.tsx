// PLACEHOLDER owned by the sync helper: registers the service worker and offers a reload when a new
// version is waiting — never while a form is being filled in.
export function UpdateBanner() {
  return null
}
