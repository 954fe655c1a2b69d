import { createClient, getService, listServices } from '../src/api/index.js';

const apiBase = import.meta.env.VITE_CIRCLE_API_BASE ?? 'http://127.0.0.1:4010/api';
document.querySelector('#api-base')!.textContent = apiBase;

const client = createClient({ apiBase });
const region = document.querySelector<HTMLElement>('#services')!;

try {
  const { services } = await listServices(client);
  const details = await Promise.all(services.filter((s) => s.visible).map((s) => getService(client, s.id)));
  const list = document.createElement('ul');
  for (const service of details) {
    const item = document.createElement('li');
    const variants = service.variants.map((v) => `${v.name} (${v.durationMinutes} min)`).join(', ');
    item.append(`${service.name}: ${variants}`);
    if (!service.bookable) item.append(' — ', Object.assign(document.createElement('span'), { className: 'muted', textContent: service.unavailable?.message ?? 'not bookable online' }));
    list.append(item);
  }
  region.replaceChildren(list);
} catch (error) {
  region.className = 'error';
  region.textContent = `The booking API could not be read (${error instanceof Error ? error.message : 'unknown error'}).`;
}
