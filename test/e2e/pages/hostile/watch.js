// Loaded first, as a same-origin classic script (a strict CSP allows no inline script): records
// every Content-Security-Policy and Trusted Types violation the page reports.
window.__violations = [];
document.addEventListener(
  'securitypolicyviolation',
  (event) => window.__violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber} ${event.sample}`),
  true,
);
