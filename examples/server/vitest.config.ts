import { defineTrainkitProject } from '../../vitest.shared.js';

export default defineTrainkitProject('server');
