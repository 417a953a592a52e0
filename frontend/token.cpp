// Printable names of token kinds, for --emit=tokens and parser messages.
#include "frontend/token.h"

namespace fastjit {

const char *tokName(Tok t) {
  switch (t) {
  case Tok::EndOfFile: return "ENDMARKER";
  case Tok::Newline: return "NEWLINE";
  case Tok::Indent: return "INDENT";
  case Tok::Dedent: return "DEDENT";
  case Tok::Name: return "NAME";
  case Tok::Int: return "INT";
  case Tok::Float: return "FLOAT";
  case Tok::Imag: return "IMAG";
  case Tok::String: return "STRING";
  case Tok::KwFalse: return "'False'";
  case Tok::KwNone: return "'None'";
  case Tok::KwTrue: return "'True'";
  case Tok::KwAnd: return "'and'";
  case Tok::KwAs: return "'as'";
  case Tok::KwAssert: return "'assert'";
  case Tok::KwAsync: return "'async'";
  case Tok::KwAwait: return "'await'";
  case Tok::KwBreak: return "'break'";
  case Tok::KwClass: return "'class'";
  case Tok::KwContinue: return "'continue'";
  case Tok::KwDef: return "'def'";
  case Tok::KwDel: return "'del'";
  case Tok::KwElif: return "'elif'";
  case Tok::KwElse: return "'else'";
  case Tok::KwExcept: return "'except'";
  case Tok::KwFinally: return "'finally'";
  case Tok::KwFor: return "'for'";
  case Tok::KwFrom: return "'from'";
  case Tok::KwGlobal: return "'global'";
  case Tok::KwIf: return "'if'";
  case Tok::KwImport: return "'import'";
  case Tok::KwIn: return "'in'";
  case Tok::KwIs: return "'is'";
  case Tok::KwLambda: return "'lambda'";
  case Tok::KwNonlocal: return "'nonlocal'";
  case Tok::KwNot: return "'not'";
  case Tok::KwOr: return "'or'";
  case Tok::KwPass: return "'pass'";
  case Tok::KwRaise: return "'raise'";
  case Tok::KwReturn: return "'return'";
  case Tok::KwTry: return "'try'";
  case Tok::KwWhile: return "'while'";
  case Tok::KwWith: return "'with'";
  case Tok::KwYield: return "'yield'";
  case Tok::LParen: return "'('";
  case Tok::RParen: return "')'";
  case Tok::LBracket: return "'['";
  case Tok::RBracket: return "']'";
  case Tok::LBrace: return "'{'";
  case Tok::RBrace: return "'}'";
  case Tok::Comma: return "','";
  case Tok::Colon: return "':'";
  case Tok::Semicolon: return "';'";
  case Tok::Dot: return "'.'";
  case Tok::Ellipsis: return "'...'";
  case Tok::Arrow: return "'->'";
  case Tok::At: return "'@'";
  case Tok::ColonEqual: return "':='";
  case Tok::Plus: return "'+'";
  case Tok::Minus: return "'-'";
  case Tok::Star: return "'*'";
  case Tok::Slash: return "'/'";
  case Tok::DoubleSlash: return "'//'";
  case Tok::Percent: return "'%'";
  case Tok::DoubleStar: return "'**'";
  case Tok::LeftShift: return "'<<'";
  case Tok::RightShift: return "'>>'";
  case Tok::Amper: return "'&'";
  case Tok::VBar: return "'|'";
  case Tok::Circumflex: return "'^'";
  case Tok::Tilde: return "'~'";
  case Tok::Less: return "'<'";
  case Tok::Greater: return "'>'";
  case Tok::LessEqual: return "'<='";
  case Tok::GreaterEqual: return "'>='";
  case Tok::EqEqual: return "'=='";
  case Tok::NotEqual: return "'!='";
  case Tok::Equal: return "'='";
  case Tok::PlusEqual: return "'+='";
  case Tok::MinusEqual: return "'-='";
  case Tok::StarEqual: return "'*='";
  case Tok::SlashEqual: return "'/='";
  case Tok::DoubleSlashEqual: return "'//='";
  case Tok::PercentEqual: return "'%='";
  case Tok::DoubleStarEqual: return "'**='";
  case Tok::AtEqual: return "'@='";
  case Tok::AmperEqual: return "'&='";
  case Tok::VBarEqual: return "'|='";
  case Tok::CircumflexEqual: return "'^='";
  case Tok::LeftShiftEqual: return "'<<='";
  case Tok::RightShiftEqual: return "'>>='";
  case Tok::Unknown: return "UNKNOWN";
  }
  return "?";
}

}  // namespace fastjit
