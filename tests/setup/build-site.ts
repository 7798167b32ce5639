/** Placeholder until the site build is wired: browser tests will build dist/ here once. */
export default function setup(): void {}
