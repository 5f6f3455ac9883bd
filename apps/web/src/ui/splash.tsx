import { Center, Loader } from '@mantine/core';

/** Before the first messages load: no words yet, so nothing to translate; the loader is labelled by ARIA. */
export function Splash() {
  return (
    <Center h="100vh" role="status" aria-busy="true" aria-label="Jazari">
      <Loader />
    </Center>
  );
}
