/** What `loadOnce` gives: the value's promise, and the value itself once it is in. */
export interface LoadedOnce<T> {
  /** The value, loaded by the first call (and by the first after a failure); later calls share it. */
  get(): Promise<T>;
  /** The value if it is in: work that has it need not wait the tasks a promise takes. */
  current(): T | undefined;
}

/** Loads a value (a chunk of code, or what is made from it) once, and again after a failure. */
export function loadOnce<T>(load: () => Promise<T>): LoadedOnce<T> {
  let value: T | undefined;
  let coming: Promise<T> | undefined;
  return {
    get() {
      coming ??= load().then(
        (loaded) => (value = loaded),
        (error: unknown) => {
          coming = undefined;
          throw error;
        },
      );
      return coming;
    },
    current: () => value,
  };
}
