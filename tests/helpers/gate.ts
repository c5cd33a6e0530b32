/** A promise the test opens by hand: stands for slow work without a clock. */
export interface Gate {
  wait(): Promise<void>;
  open(): void;
  readonly isOpen: boolean;
}

export function createGate(): Gate {
  let release: () => void = () => {};
  let isOpen = false;
  const opened = new Promise<void>((resolve) => {
    release = resolve;
  });
  return {
    wait: () => opened,
    open() {
      isOpen = true;
      release();
    },
    get isOpen() {
      return isOpen;
    },
  };
}
