// The host page's stylesheet, by name from the query (`?sheet=bootstrap-reboot`): the real
// packages' files from node_modules where npm has them, else the one rule a theme adds.
const files = {
  'bootstrap-reboot': '/node_modules/bootstrap/dist/css/bootstrap-reboot.css',
  'tailwind-preflight': '/node_modules/tailwindcss/preflight.css',
  normalize: '/node_modules/normalize.css/normalize.css',
};
const rules = {
  'content-box': '* { box-sizing: content-box }',
  'font-size-62.5': 'html { font-size: 62.5% }',
  'all-unset': 'button, input { all: unset }',
  'rtl-body': 'body { direction: rtl }',
  'zoom-1.25': 'body { zoom: 1.25 }',
};
const sheet = new URLSearchParams(location.search).get('sheet') ?? '';
if (files[sheet]) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = files[sheet];
  document.head.append(link);
} else if (rules[sheet]) {
  const style = document.createElement('style');
  style.textContent = rules[sheet];
  document.head.append(style);
}
// The appointment's id and token come from the page's fragment, as from a patient's link.
const link = new URLSearchParams(location.hash.slice(1));
const appointment = document.querySelector('circle-appointment');
appointment.setAttribute('appointment-id', link.get('appointment') ?? '');
appointment.token = link.get('token') ?? '';
