import { type AppLogicFunction } from '../manifest/object-metadata.type';
import { type RecordEvent } from '../records/record-event.type';
import {
  isEventNameMatching,
  selectEventsForTrigger,
} from './trigger-matching.util';

const fn = (eventName: string, updatedFields?: string[]): AppLogicFunction => ({
  universalIdentifier: 'f',
  name: 'f',
  timeoutSeconds: 5,
  builtHandlerPath: 'f.mjs',
  handlerName: 'default.config.handler',
  databaseEventTriggerSettings: {
    eventName,
    ...(updatedFields === undefined ? {} : { updatedFields }),
  },
});

const event = (recordId: string, updatedFields: string[]): RecordEvent => ({
  recordId,
  properties: { updatedFields },
});

describe('isEventNameMatching', () => {
  it.each([
    { pattern: 'company.updated', name: 'company.updated', expected: true },
    { pattern: '*.updated', name: 'person.updated', expected: true },
    { pattern: 'company.*', name: 'company.deleted', expected: true },
    { pattern: '*.*', name: 'note.created', expected: true },
    { pattern: 'companies.updated', name: 'company.updated', expected: false },
    { pattern: 'company.updated', name: 'company.upserted', expected: false },
  ])('$pattern vs $name → $expected', ({ pattern, name, expected }) => {
    expect(isEventNameMatching(pattern, name)).toBe(expected);
  });
});

describe('selectEventsForTrigger', () => {
  it('keeps only updated events that changed a watched field', () => {
    const selected = selectEventsForTrigger(
      fn('widget.updated', ['quantity']),
      'widget.updated',
      [event('a', ['quantity']), event('b', ['name']), event('c', [])],
    );

    expect(selected.map((e) => e.recordId)).toEqual(['a']);
  });

  it('ignores updatedFields on upserted events, as 2.43 servers do', () => {
    const selected = selectEventsForTrigger(
      fn('widget.upserted', ['quantity']),
      'widget.upserted',
      [event('a', []), event('b', ['name'])],
    );

    expect(selected).toHaveLength(2);
  });

  it('selects nothing for another object', () => {
    expect(
      selectEventsForTrigger(fn('widget.updated'), 'company.updated', [
        event('a', ['name']),
      ]),
    ).toEqual([]);
  });
});
