import { useEffect, useState } from 'preact/hooks';
import { ApiError } from './api/client';

export interface Toast { id: number; kind: 'error' | 'info'; text: string }
let toasts: Toast[] = [];
let next = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

export function toast(text: string, kind: Toast['kind'] = 'info') {
  const id = next++;
  toasts = [...toasts.slice(-4), { id, kind, text }];
  emit();
  setTimeout(() => dismiss(id), kind === 'error' ? 8000 : 4000);
}
export function toastError(e: unknown) {
  toast(e instanceof ApiError ? e.message : String(e), 'error');
}
export function dismiss(id: number) { toasts = toasts.filter((t) => t.id !== id); emit(); }

export function signalToasts(): Toast[] {
  const [, setTick] = useState(0);
  useEffect(() => { const l = () => setTick((n) => n + 1); listeners.add(l); return () => { listeners.delete(l); }; }, []);
  return toasts;
}
