/**
 * Runs in <head> before first paint: applies the saved theme and text size
 * from the preferences store's storage key, so there is no flash of the wrong
 * theme. Anything unexpected falls back to the system theme.
 * Must stay in sync with lib/preferences/preferences.ts and PREFERENCES_KEY.
 */
export const themeScript = `(function(){var d=document.documentElement,t,z;try{var p=JSON.parse(localStorage.getItem("reader:preferences")||"null");var s=p&&p.state;if(s){t=s.theme;z=s.textSize}}catch(e){}if(t!=="light"&&t!=="dark"){try{t=matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light"}catch(e){t="light"}}d.setAttribute("data-theme",t);if(z==="small"||z==="medium"||z==="large"||z==="x-large")d.setAttribute("data-text-size",z)})()`;
