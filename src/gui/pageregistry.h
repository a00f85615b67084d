// The main window's pages, in navigation order: a feature adds its page here and nowhere else.
#pragma once

#include <functional>
#include <vector>

namespace assure {

class Page;
class Workspace;

// Makes one page over the open board; the main window takes it. A page says the rest itself: its
// navigation title, its views for screenshots, its File > Import and Export actions, and whether it
// shows item histories or opens a new board (see Page). Ctrl+1, Ctrl+2... follow this order.
using PageFactory = std::function<Page *(Workspace *)>;
const std::vector<PageFactory> &registeredPages();

} // namespace assure
