import fw, p_gov1, p_gov2, p_gov3, p_news1, p_news2, p_self, p_epaper, p_inst
fw.write_all()
