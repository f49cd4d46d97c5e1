// Runs after the library scripts of a security test page (module scripts run in order).
(window as unknown as { harnessReady: () => void }).harnessReady();
