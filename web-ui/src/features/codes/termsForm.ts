import { useState } from 'react';
import type { CreateUniqueCodeRequest, UniqueCode, UniqueCodePatch, WeeklyWindow } from '../../api/types';
import {
  addMonths,
  formatInstant,
  parseInputValue,
  toInputValue,
  wallTimeAt,
  wallTimeToInstant,
} from '../../lib/time';

export interface WindowRow {
  days: WeeklyWindow['days'];
  start: string;
  end: string;
}

/** What the owner types for a code's terms, as the inputs hold it. */
export interface TermsInput {
  description: string;
  startsAt: string; // datetime-local; empty starts now
  expiresAt: string;
  windows: WindowRow[];
  maxUnlocks: string;
  minutesAfterFirstUnlock: string;
}

type Errors = Record<string, string>;

const instantInput = (iso: string, timeZone: string) => toInputValue({ ...wallTimeAt(new Date(iso), timeZone), second: 0 });

export function termsOf(code: UniqueCode, timeZone: string): TermsInput {
  return {
    description: code.description,
    startsAt: instantInput(code.startsAt, timeZone),
    expiresAt: instantInput(code.expiresAt, timeZone),
    windows: code.weeklyWindows.map((w) => ({ ...w, days: [...w.days] })),
    maxUnlocks: code.maxUnlocks?.toString() ?? '',
    minutesAfterFirstUnlock: code.expiresMinutesAfterFirstUnlock?.toString() ?? '',
  };
}

export function useTermsInput(initial: TermsInput) {
  const [input, setInput] = useState(initial);
  const set = <K extends keyof TermsInput>(key: K, value: TermsInput[K]) => setInput((i) => ({ ...i, [key]: value }));
  return { input, set };
}

function whole(text: string, min: number, max: number, pointer: string, errors: Errors): number | null {
  if (text.trim() === '') return null;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) errors[pointer] = `Enter a whole number from ${min} to ${max}.`;
  return n;
}

/**
 * Checks the input as the server will (so most mistakes show before a round trip) and builds the request. For a
 * change, dates are sent only when their input changed: an input holds minutes, and resending a start that lies in
 * the past would be refused as a new start.
 */
export function checkTerms(input: TermsInput, timeZone: string, before?: TermsInput) {
  const errors: Errors = {};
  const now = new Date();
  const description = input.description.trim();
  if (!description) errors['/description'] = 'Enter a description so you can tell codes apart.';
  else if (description.length > 200) errors['/description'] = 'Use at most 200 characters.';
  const startChanged = !before || input.startsAt !== before.startsAt;
  const expiryChanged = !before || input.expiresAt !== before.expiresAt || startChanged;
  const startWall = input.startsAt ? parseInputValue(input.startsAt) : null;
  const start = startWall ? wallTimeToInstant(startWall, timeZone) : null;
  if (input.startsAt && !startWall) errors['/startsAt'] = 'Pick a start date and time, or leave it empty to start now.';
  if (start && startChanged) {
    const latest = wallTimeToInstant(addMonths(wallTimeAt(now, timeZone), 12), timeZone);
    if (start.getTime() < now.getTime()) errors['/startsAt'] = 'The start must not be in the past.';
    else if (start.getTime() > latest.getTime()) errors['/startsAt'] = 'The start can be at most twelve months away.';
  }
  const expiryWall = parseInputValue(input.expiresAt);
  const expiry = expiryWall ? wallTimeToInstant(expiryWall, timeZone) : null;
  if (!expiry) errors['/expiresAt'] = 'Pick an expiry date and time.';
  else if (expiryChanged) {
    const from = start ?? now;
    const latest = wallTimeToInstant(addMonths(wallTimeAt(from, timeZone), 6), timeZone);
    if (expiry.getTime() <= Math.max(now.getTime(), from.getTime())) errors['/expiresAt'] = 'The expiry must be in the future, after the start.';
    else if (expiry.getTime() > latest.getTime())
      errors['/expiresAt'] = `A Unique Code can be valid for at most six months from its start (until ${formatInstant(latest.toISOString(), timeZone)}).`;
  }
  input.windows.forEach((w, i) => {
    if (w.days.length === 0) errors[`/weeklyWindows/${i}/days`] = 'Tick at least one day.';
    if (!/^\d{2}:\d{2}$/.test(w.start) || !/^\d{2}:\d{2}$/.test(w.end)) errors[`/weeklyWindows/${i}/start`] = 'Pick both times.';
    else if (w.start === w.end) errors[`/weeklyWindows/${i}/end`] = 'The end must differ from the start.';
  });
  const maxUnlocks = whole(input.maxUnlocks, 1, 10000, '/maxUnlocks', errors);
  const minutes = whole(input.minutesAfterFirstUnlock, 1, 44640, '/expiresMinutesAfterFirstUnlock', errors);
  const windows = input.windows.map((w) => ({ days: w.days, start: w.start, end: w.end }));
  const create: CreateUniqueCodeRequest = {
    description,
    expiresAt: expiry?.toISOString() ?? '',
    ...(start ? { startsAt: start.toISOString() } : {}),
    ...(windows.length ? { weeklyWindows: windows } : {}),
    ...(maxUnlocks != null ? { maxUnlocks } : {}),
    ...(minutes != null ? { expiresMinutesAfterFirstUnlock: minutes } : {}),
  };
  const patch: UniqueCodePatch = {
    weeklyWindows: windows.length ? windows : null,
    maxUnlocks,
    expiresMinutesAfterFirstUnlock: minutes,
    ...(before && description !== before.description.trim() ? { description } : {}),
    ...(startChanged && start ? { startsAt: start.toISOString() } : {}),
    ...(expiryChanged && expiry ? { expiresAt: expiry.toISOString() } : {}),
  };
  return { errors, create, patch };
}
