import { describe, expect, it } from 'vitest';
import { filterEvents } from '../../analysis/timeline/filter-events.ts';
import { event } from '../../analysis/timeline/testing/events.ts';
import { actorOptions } from './sources.ts';

describe('actorOptions', () => {
  it('lists keys shown under one name as one entry, which filters the events of all of them', () => {
    const events = [
      { ...event('e1', '1957', 'Gigante fired at Costello', ['a'], ['Gigante']), actorRefs: [{ key: 'gigante', name: 'Gigante', kind: 'person' as const }] },
      {
        ...event('e2', '1969', 'Gigante was indicted', ['a'], ['Gigante']),
        actorRefs: [{ key: 'gigante#org', name: 'Gigante', kind: 'organisation' as const }],
      },
      {
        ...event('e3', '1997', 'Vincent Gigante was convicted', ['b'], ['Vincent Gigante']),
        actorRefs: [{ key: 'vincent gigante', name: 'Vincent Gigante', kind: 'person' as const }],
      },
    ];
    const options = actorOptions(events);
    expect(options.map((o) => `${o.name} (${o.count})`)).toEqual(['Gigante (2)', 'Vincent Gigante (1)']);
    const gigante = options[0]!;
    expect(filterEvents(events, { actors: [gigante.key] }).map((e) => e.id)).toEqual(['e1', 'e2']);
  });
});
