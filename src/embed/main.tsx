import { boot } from '../app/boot.tsx';
import { EmbedApp } from './EmbedApp.tsx';

boot((source) => <EmbedApp source={source} />);
