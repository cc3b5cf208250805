// Entry of the operations console: one Preact tree on the public GraphQL API.
import { render } from "preact";
import { App } from "./app.js";
import "./styles.css";

render(<App />, document.getElementById("app")!);
