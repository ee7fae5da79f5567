import { App } from './App.tsx';
import { boot } from './boot.tsx';

boot((source) => <App source={source} />);
