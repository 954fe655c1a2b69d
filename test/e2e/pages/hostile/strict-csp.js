// The appointment's id and token come from the page's fragment, as from a patient's link.
const link = new URLSearchParams(location.hash.slice(1));
const appointment = document.querySelector('circle-appointment');
appointment.setAttribute('appointment-id', link.get('appointment') ?? '');
appointment.token = link.get('token') ?? '';
