// Mounts and unmounts one element kind `cycles` times, each time with a request under way and,
// for the share menu, its menu open (FloatingController following its button). The API base comes from
// the page's query, so the test can point it at the simulator.
const apiBase = new URLSearchParams(location.search).get('api');
const stage = document.getElementById('stage');
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

const make = {
  'circle-book-service': () => Object.assign(document.createElement('circle-book-service'), { serviceId: 'svc_physio' }),
  'circle-book-variant': () => Object.assign(document.createElement('circle-book-variant'), { variantId: 'var_checkup' }),
  'circle-appointment': () => Object.assign(document.createElement('circle-appointment'), { appointmentId: 'apt_forms_due', token: 'tok_forms_due_4f1c9a' }),
  'circle-share-menu': () => Object.assign(document.createElement('circle-share-menu'), { kind: 'service', recordId: 'svc_physio' }),
  'circle-patient-app': () => document.createElement('circle-patient-app'),
  'circle-book-button': () => Object.assign(document.createElement('circle-book-button'), { serviceId: 'svc_physio' }),
};

window.cycle = async (tag, cycles) => {
  for (let i = 0; i < cycles; i++) {
    const element = make[tag]();
    element.apiBase = apiBase;
    stage.append(element);
    await element.updateComplete;
    if (tag === 'circle-share-menu') {
      element.shadowRoot.querySelector('#button').click();
      await element.updateComplete;
    }
    await frame();
    element.remove();
  }
  await frame();
};
