import { defineTavusDeployment } from './registration.js';

defineTavusDeployment();

export { TavusDeployment } from './tavus-deployment.js';
