import { useSyncExternalStore } from 'react';

/** A screen without hover (a finger) or a narrow one: help says "tap" rather than "hover". */
const QUERY = '(hover: none), (pointer: coarse), (max-width: 640px)';

function subscribe(onChange: () => void) {
  const m = window.matchMedia(QUERY);
  m.addEventListener('change', onChange);
  return () => m.removeEventListener('change', onChange);
}

export function useTouchScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(QUERY).matches,
    () => false,
  );
}
