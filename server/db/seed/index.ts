export { seedDemoMeeting } from './seed-demo-meeting';
export { DEMO_PASSWORD, DEMO_SIGN_INS, type DemoSignIn } from './demo-meeting';
