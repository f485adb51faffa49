import type { Catalogue } from './en'

// Brazilian Portuguese (Bitrix24 `br`): Bitrix24's own words — "Canais abertos",
// "conectores", "Contact Center".
export const ptBR: Catalogue = {
  app: {
    title: 'Central de Canais abertos',
    connecting: 'Conectando ao seu portal…',
  },
  crash: {
    title: 'Algo deu errado na central',
    text: 'Nada foi alterado por este erro. Recarregue o aplicativo para continuar.',
    reload: 'Recarregar',
  },
  outside: {
    title: 'A Central de Canais abertos funciona dentro do Bitrix24',
    intro:
      'Esta página é um aplicativo para um portal Bitrix24 e precisa ser aberta a partir do portal, onde ela consegue acessar seus Canais abertos.',
    install:
      'No seu Bitrix24: instale-o como aplicativo local (Aplicativos → Recursos para desenvolvedores → Outros → Aplicativo local) e abra-o pelo menu Aplicativos.',
    tryBefore: 'Para experimentar sem um portal: execute ',
    tryAfter:
      ' no projeto e abra o portal local que ele indicar (http://localhost:3000/ por padrão).',
    details: 'Detalhes: {{reason}}',
  },
  installer: {
    title: 'Instalar a Central de Canais abertos',
    intro:
      'A central mostra em uma única tela todos os Canais abertos deste portal e todos os conectores — Telegram, WhatsApp, Chat ao vivo, Viber e seus próprios conectores REST —, diz em palavras se cada par está desligado, funcionando, com a configuração incompleta ou com erro, e liga ou desliga qualquer um deles com um clique.',
    allowedTitle: 'O que o aplicativo poderá fazer',
    scopeImopenlinesTitle: 'Canais abertos',
    scopeImopenlinesText: 'ler seus Canais abertos, seus nomes e se estão ativos.',
    scopeImconnectorTitle: 'Conectores dos Canais abertos',
    scopeImconnectorText:
      'ler o estado de cada conector em cada Canal aberto e ligar e desligar conectores quando você pedir.',
    noServer:
      'Ele não tem servidor próprio: roda no seu navegador e se comunica apenas com este portal, com as permissões de quem o usa. Desligar um conector apaga as configurações dele naquele Canal aberto, por isso o aplicativo sempre pergunta antes.',
    finish: 'Concluir a instalação',
    finishing: 'Concluindo a instalação…',
    slow: 'O portal ainda não reabriu o aplicativo. Se nada acontecer, recarregue a página.',
    adminOnly:
      'Somente um administrador do portal pode concluir a instalação. Peça ao seu administrador que abra este aplicativo uma vez.',
    failed: 'Não foi possível concluir a instalação. {{message}}',
  },
  common: {
    errorCode: 'Código de erro para o suporte: {{code}}',
    inactive: 'Inativo',
    openChannels: 'Canais abertos',
    unnamedLine: 'Canal aberto nº {{id}}',
  },
  status: {
    off: 'Desligado',
    working: 'Funcionando',
    unconfigured: 'Configuração incompleta',
    error: 'Erro',
    unknown: 'Desconhecido',
    loading: 'Carregando…',
  },
  legend: {
    label: 'O que os estados significam',
    working: 'ligado e recebendo mensagens',
    unconfigured: 'ligado, mas a configuração nunca foi concluída',
    error: 'ligado, mas o canal informa um erro',
    off: 'não conectado a este Canal aberto',
  },
  toolbar: {
    restored: 'Mostrando o que o portal tinha em {{date}} enquanto ele é lido novamente',
    lines_one: '{{n}} Canal aberto',
    lines_many: '{{n}} de Canais abertos',
    lines_other: '{{n}} Canais abertos',
    on_one: '{{n}} conexão ligada',
    on_many: '{{n}} de conexões ligadas',
    on_other: '{{n}} conexões ligadas',
    problems_one: '{{n}} precisa de atenção',
    problems_many: '{{n}} precisam de atenção',
    problems_other: '{{n}} precisam de atenção',
    progressLabel: 'Estados dos conectores carregados',
    progressValue: '{{loaded}} de {{total}}',
    loaded: 'Carregados {{loaded}} de {{total}}',
    updated: 'Atualizado às {{time}}',
    offlineLabel: 'Sem conexão',
    offline_one: 'Sem conexão: {{n}} alteração será enviada quando a conexão voltar.',
    offline_many: 'Sem conexão: {{n}} de alterações serão enviadas quando a conexão voltar.',
    offline_other: 'Sem conexão: {{n}} alterações serão enviadas quando a conexão voltar.',
    refresh: 'Atualizar',
    refreshing: 'Atualizando…',
  },
  grid: {
    label: 'Conectores de cada Canal aberto',
    corner: 'Canal aberto',
  },
  filters: {
    label: 'Pesquisa e filtros',
    search: 'Pesquisar Canais abertos e conectores',
    problemsOnly: 'Apenas com problemas',
    activeOnly: 'Apenas Canais abertos ativos',
    inUseOnly: 'Apenas conectores em uso',
    kind: 'Conectores',
    kindAll: 'Todos',
    kindRest: 'Apenas REST',
    kindBuiltin: 'Apenas integrados',
    shownLines_one: 'Filtrado: {{shown}} de {{n}} Canal aberto',
    shownLines_many: 'Filtrado: {{shown}} de {{n}} de Canais abertos',
    shownLines_other: 'Filtrado: {{shown}} de {{n}} Canais abertos',
    shownConnectors_one: '{{shown}} de {{n}} conector',
    shownConnectors_many: '{{shown}} de {{n}} de conectores',
    shownConnectors_other: '{{shown}} de {{n}} conectores',
    clear: 'Limpar filtros',
    noMatchTitle: 'Nada corresponde à pesquisa e aos filtros',
    noMatchText:
      'Nenhum Canal aberto ou conector atende a todas as condições. Altere-as ou limpe-as para ver a tabela inteira.',
  },
  cell: {
    label: '{{connector}} em {{line}}',
    notOn: 'Não foi ligado: ',
    notOff: 'Não foi desligado: ',
    unreadable: 'Não foi possível ler: {{message}}',
    retry: 'Tentar novamente',
    retryLabel: 'Tentar novamente {{label}}',
    dismiss: 'Dispensar',
    dismissLabel: 'Dispensar a mensagem de {{label}}',
    setup: 'Marcado como ativo. O canal em si é configurado no Contact Center.',
    setUp: 'Configurar',
    openSettingsLabel: 'Abrir as configurações de {{connector}} para {{line}}',
    failedOn: '{{label}} não foi ligado. {{message}}',
    failedOff: '{{label}} não foi desligado. {{message}}',
  },
  confirmOff: {
    title: 'Desligar {{connector}} em {{line}}?',
    text: 'Ao desligar, o Bitrix24 apaga as configurações deste conector no Canal aberto “{{line}}”. Ligá-lo de novo não as traz de volta: o canal terá de ser configurado novamente.',
    skip: 'Não perguntar de novo até eu fechar o aplicativo',
    keep: 'Manter ligado',
    confirm: 'Desligar e apagar as configurações',
  },
  activity: {
    open: 'Atividade',
  },
  screens: {
    loading: 'Carregando os Canais abertos e seus conectores…',
    loadErrorTitle: 'Não foi possível carregar os Canais abertos',
    tryAgain: 'Tentar novamente',
    refreshError:
      'Não foi possível atualizar a tabela; ela mostra o que foi lido antes. {{message}}',
    refreshAgain: 'Atualizar novamente',
    noLinesTitle: 'Ainda não há Canais abertos',
    noLinesText:
      'Você não tem nenhum Canal aberto cujas comunicações possam ser configuradas. Crie um no Contact Center (Canais abertos → Criar) e volte aqui para conectar os canais dele.',
    openContactCenter: 'Abrir o Contact Center',
    readOnly:
      'Você pode ver os Canais abertos, mas não ligar ou desligar seus conectores: sua conta não tem a permissão “Conectar canais de comunicação”. Peça ao administrador do portal que a conceda.',
  },
  bulk: {
    region: 'Alteração em massa',
    selectLine: 'Selecionar todos os conectores de {{line}}',
    selectConnector: 'Selecionar {{connector}} em todos os Canais Abertos exibidos',
    hint: 'Ctrl+clique ou Shift+clique seleciona células, Shift+setas um intervalo, Shift+Espaço uma linha inteira, Ctrl+Espaço um conector inteiro.',
    selected_one: '{{n}} conexão selecionada',
    selected_other: '{{n}} conexões selecionadas',
    selected_many: '{{n}} conexões selecionadas',
    turnOn: 'Ativar',
    turnOff: 'Desativar',
    clear: 'Limpar seleção',
    progressLabel: 'Progresso da alteração em massa',
    progress: '{{done}} de {{total}} Canais Abertos',
    cancel: 'Cancelar',
    cancelling: 'Cancelando: o que foi enviado continua enviado…',
    finishedOn: 'Alteração em massa concluída: {{done}} de {{total}} ativadas.',
    finishedOff: 'Alteração em massa concluída: {{done}} de {{total}} desativadas.',
    cancelledOn:
      'Alteração em massa cancelada: {{done}} de {{total}} ativadas, {{notSent}} não enviadas.',
    cancelledOff:
      'Alteração em massa cancelada: {{done}} de {{total}} desativadas, {{notSent}} não enviadas.',
    skipped: 'Já estavam assim, ignoradas: {{n}}.',
    failed: 'Com falha: {{n}}.',
    failedListLabel: 'Conexões com falha',
    retryFailed: 'Tentar novamente as com falha',
    dismiss: 'Fechar resumo',
    connections_one: '{{n}} conexão',
    connections_other: '{{n}} conexões',
    connections_many: '{{n}} conexões',
    confirmTitle: 'Desativar {{connections}}?',
    confirmText_one:
      'O Bitrix24 apaga as configurações de um conector no seu Canal Aberto ao desativá-lo: {{n}} Canal Aberto perde configurações. Ativar de novo não as recupera.',
    confirmText_other:
      'O Bitrix24 apaga as configurações de um conector no seu Canal Aberto ao desativá-lo: {{n}} Canais Abertos perdem configurações. Ativar de novo não as recupera.',
    confirmText_many:
      'O Bitrix24 apaga as configurações de um conector no seu Canal Aberto ao desativá-lo: {{n}} Canais Abertos perdem configurações. Ativar de novo não as recupera.',
    confirmSkipped: 'Já desativadas e ignoradas: {{n}}.',
    confirm: 'Desativar e apagar configurações',
    keep: 'Manter ativadas',
  },
  pause: {
    resumesAt:
      'O portal pausou estas solicitações porque as anteriores demoraram demais. Elas serão retomadas às {{time}}.',
  },
  errors: {
    QUERY_LIMIT_EXCEEDED:
      'O portal está recebendo solicitações demais neste momento. Tente novamente em alguns segundos.',
    OVERLOAD_LIMIT:
      'O portal está sobrecarregado e pausou as solicitações. Tente novamente em um minuto.',
    OPERATION_TIME_LIMIT:
      'O portal pausou estas alterações por um tempo (até 10 minutos) porque as solicitações anteriores demoraram demais. Tente novamente em cerca de 10 minutos.',
    EXPIRED_TOKEN:
      'Sua sessão com o portal expirou. Recarregue o aplicativo para entrar novamente.',
    INVALID_TOKEN:
      'O portal não aceitou esta sessão. Recarregue o aplicativo para entrar novamente.',
    NO_AUTH_FOUND:
      'O portal não recebeu um login válido. Abra o aplicativo novamente a partir do portal.',
    JSSDK_FRAME_REFRESH_AUTH_TIMEOUT:
      'O portal não renovou sua sessão a tempo. Recarregue o aplicativo para entrar novamente.',
    WRONG_AUTH_TYPE:
      'O portal só permite esta alteração a partir de um aplicativo instalado. Abra o aplicativo pelo menu Aplicativos do portal.',
    ACCESS_DENIED:
      'Você não tem permissão para conectar canais de comunicação. Peça ao administrador do portal que a conceda.',
    INSUFFICIENT_SCOPE:
      'O aplicativo foi instalado sem acesso aos Canais abertos. Peça ao administrador do portal que o reinstale com as permissões “imopenlines” e “imconnector”.',
    USER_ACCESS_ERROR: 'Você não tem acesso a este aplicativo. Fale com o administrador do portal.',
    PORTAL_DELETED: 'Este portal foi encerrado.',
    ERROR_ARGUMENT: 'O portal recusou a solicitação por estar incompleta. Informe isto ao suporte.',
    INVALID_FORMAT: 'O portal recusou o formato da solicitação. Informe isto ao suporte.',
    ERROR_METHOD_NOT_FOUND:
      'Este portal não oferece conectores de Canais abertos por meio de aplicativos. Verifique se o módulo Canais abertos está ativado.',
    ERROR_BATCH_LENGTH_EXCEEDED:
      'O aplicativo enviou alterações demais de uma vez. Informe isto ao suporte.',
    ERROR_BATCH_METHOD_NOT_ALLOWED:
      'O portal recusou parte de uma solicitação combinada. Informe isto ao suporte.',
    INVALID_REQUEST: 'O portal exige uma conexão segura (HTTPS).',
    INTERNAL_SERVER_ERROR: 'O portal teve um erro interno e não fez a alteração. Tente novamente.',
    ERROR_UNEXPECTED_ANSWER: 'O portal respondeu de forma inesperada. Tente novamente.',
    REQUEST_TIMEOUT:
      'O portal demorou demais para responder. Verifique sua conexão e tente novamente.',
    NETWORK_ERROR: 'Não foi possível acessar o portal. Verifique sua conexão e tente novamente.',
    MALFORMED_RESPONSE:
      'O portal enviou uma resposta que o aplicativo não conseguiu ler. Tente novamente.',
    fallbackServer: 'O portal teve um problema e não fez a alteração. Tente novamente.',
    fallbackClient: 'O portal recusou a solicitação. Informe isto ao suporte.',
  },
}
